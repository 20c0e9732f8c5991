namespace PolicyBuild.Publishing.Manifest;

/// <summary>What one policy's publish run wrote, and from which source.</summary>
/// <param name="Policy">The policy's short name.</param>
/// <param name="Status">draft or adopted.</param>
/// <param name="SourceCommit">The commit checked out in the policy's folder; null outside git.</param>
/// <param name="Files">Every output but the manifest itself, ordered by path.</param>
public sealed record PolicyManifest(string Policy, string Title, string Version, string Status, string? SourceCommit, IReadOnlyList<ManifestEntry> Files)
{
    public const string FileName = "manifest.json";
    public const string Schema = "policybuild/manifest/v1";
}
