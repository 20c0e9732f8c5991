using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PolicyBuild.Diagnostics;

/// <summary>
/// The one way PolicyBuild writes JSON (changes.json, manifest.json, the <c>--json</c> result): a
/// record per document, serialised through source-generated metadata (no reflection, no start-up
/// cost), two-space indent, <c>\n</c> line ends, and text such as "’" or Welsh letters as they are.
/// </summary>
public static class JsonOutput
{
    private static readonly JsonWriterOptions Style = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="value">The document.</param>
    /// <param name="typeInfo">Its source-generated metadata, e.g. <c>ChangesJsonContext.Default.ChangesDocument</c>.</param>
    /// <param name="finalNewline">End the file with a newline, as files meant to be read in an editor do.</param>
    public static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo, bool finalNewline = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Style))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        if (finalNewline)
        {
            buffer.Write("\n"u8);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
