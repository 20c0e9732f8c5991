using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Cli;

/// <summary>
/// Writes the <c>--json</c> result of a run:
/// <c>{"ok":bool,"outputs":[{path,kind,bytes}],"warnings":[{file,line,column,message}],"errors":[…]}</c>.
/// </summary>
public static class RunResultJson
{
    public static string Serialize(RunResult result, bool ok)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("ok", ok);
            json.WriteStartArray("outputs");
            foreach (var output in result.Outputs)
            {
                json.WriteStartObject();
                json.WriteString("path", output.Path);
                json.WriteString("kind", output.Kind);
                json.WriteNumber("bytes", output.Bytes);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteDiagnostics(json, "warnings", result.Warnings);
            WriteDiagnostics(json, "errors", result.Errors);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteDiagnostics(Utf8JsonWriter json, string name, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartArray(name);
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            if (diagnostic.Location.IsNone)
            {
                // An error of the run, not of a file (a write failed, LibreOffice is missing).
                json.WriteNull("file");
                json.WriteNull("line");
                json.WriteNull("column");
            }
            else
            {
                json.WriteString("file", diagnostic.Location.File);
                json.WriteNumber("line", diagnostic.Location.Line);
                json.WriteNumber("column", diagnostic.Location.Column);
            }

            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
