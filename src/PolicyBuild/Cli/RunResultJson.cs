using System.Text.Json.Serialization;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Cli;

/// <summary>
/// Writes the <c>--json</c> result of a run:
/// <c>{"ok":bool,"outputs":[{path,kind,bytes}],"warnings":[{file,line,column,message}],"errors":[…]}</c>.
/// </summary>
public static class RunResultJson
{
    public static string Serialize(RunResult result, bool ok) =>
        System.Text.Encoding.UTF8.GetString(JsonOutput.Serialize(
            new RunResultDocument(ok, result.Outputs, Entries(result.Warnings), Entries(result.Errors)),
            RunResultJsonContext.Default.RunResultDocument));

    // An error of the run, not of a file (a write failed, LibreOffice is missing), has null file, line and column.
    private static List<DiagnosticEntry> Entries(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Location.IsNone
            ? new DiagnosticEntry(null, null, null, d.Message)
            : new DiagnosticEntry(d.Location.File, d.Location.Line, d.Location.Column, d.Message)).ToList();
}

/// <summary>The <c>--json</c> result as written, its members in output order.</summary>
internal sealed record RunResultDocument(bool Ok, IReadOnlyList<RunOutput> Outputs, List<DiagnosticEntry> Warnings, List<DiagnosticEntry> Errors);

/// <summary>One warning or error of the <c>--json</c> result.</summary>
internal sealed record DiagnosticEntry(string? File, int? Line, int? Column, string Message);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RunResultDocument))]
internal sealed partial class RunResultJsonContext : JsonSerializerContext;
