using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyBuild.Publishing.Manifest;

/// <summary>Writes manifest.json: fixed key order, two-space indent, <c>\n</c> line ends, a final newline.</summary>
public static class ManifestJson
{
    public static byte[] Serialize(PolicyManifest manifest)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
               {
                   Indented = true,
                   NewLine = "\n",
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            json.WriteStartObject();
            json.WriteString("schema", PolicyManifest.Schema);
            json.WriteString("policy", manifest.Policy);
            json.WriteString("title", manifest.Title);
            json.WriteString("version", manifest.Version);
            json.WriteString("status", manifest.Status);
            json.WriteString("sourceCommit", manifest.SourceCommit);
            json.WriteStartArray("files");
            foreach (var file in manifest.Files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteString("kind", file.Kind);
                json.WriteString("format", file.Format);
                json.WriteNumber("bytes", file.Bytes);
                json.WriteString("sha256", file.Sha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
