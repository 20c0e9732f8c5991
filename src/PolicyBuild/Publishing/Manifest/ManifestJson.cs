using System.Text.Json.Serialization;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Publishing.Manifest;

/// <summary>Writes manifest.json: fixed key order, two-space indent, <c>\n</c> line ends, a final newline.</summary>
public static class ManifestJson
{
    public static byte[] Serialize(PolicyManifest manifest) =>
        JsonOutput.Serialize(
            new ManifestDocument(PolicyManifest.Schema, manifest.Policy, manifest.Title, manifest.Version, manifest.Status, manifest.SourceCommit, manifest.Files),
            ManifestJsonContext.Default.ManifestDocument,
            finalNewline: true);
}

/// <summary>manifest.json as written, its members in file order.</summary>
internal sealed record ManifestDocument(string Schema, string Policy, string Title, string Version, string Status, string? SourceCommit, IReadOnlyList<ManifestEntry> Files);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ManifestDocument))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
