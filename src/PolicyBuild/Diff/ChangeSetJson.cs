using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Diff;

/// <summary>Writes <c>changes.json</c>: camelCase names, kinds as lower-case words, stable order.</summary>
public static class ChangeSetJson
{
    public const string Schema = "policybuild/changes/v1";

    public static byte[] Serialize(ChangeSet changes) =>
        JsonOutput.Serialize(
            new ChangesDocument(
                Schema,
                changes.Policy,
                changes.BaselineVersion,
                changes.DraftVersion,
                Enum.GetValues<ChangeKind>().ToDictionary(k => k.ToString().ToLowerInvariant(), changes.Count),
                changes.Summary,
                changes.Clauses,
                changes.Sections,
                changes.Metadata),
            ChangesJsonContext.Default.ChangesDocument);
}

/// <summary>changes.json as written, its members in file order.</summary>
internal sealed record ChangesDocument(
    string Schema,
    string Policy,
    string BaselineVersion,
    string DraftVersion,
    Dictionary<string, int> Counts,
    ImmutableArray<SummaryLine> Summary,
    ImmutableArray<ClauseChange> Clauses,
    ImmutableArray<SectionChange> Sections,
    ImmutableArray<MetadataChange> Metadata);

/// <summary>Change kinds as lower-case words: <c>added</c>, <c>renumbered</c>.</summary>
internal sealed class ChangeKindJsonConverter() : JsonStringEnumConverter<ChangeKind>(JsonNamingPolicy.KebabCaseLower);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(ChangeKindJsonConverter)])]
[JsonSerializable(typeof(ChangesDocument))]
internal sealed partial class ChangesJsonContext : JsonSerializerContext;
