using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyBuild.Diff;

/// <summary>Writes <c>changes.json</c>: camelCase names, kinds as lower-case words, stable order.</summary>
public static class ChangeSetJson
{
    public static byte[] Serialize(ChangeSet changes)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        };
        var document = new
        {
            schema = "policybuild/changes/v1",
            changes.Policy,
            changes.BaselineVersion,
            changes.DraftVersion,
            counts = Enum.GetValues<ChangeKind>().ToDictionary(k => k.ToString().ToLowerInvariant(), changes.Count),
            changes.Summary,
            changes.Clauses,
            changes.Sections,
            changes.Metadata,
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, options);
    }
}
