namespace PolicyBuild.Publishing.Manifest;

/// <summary>What one policy's publish run wrote, and from which source.</summary>
/// <param name="Policy">The policy's short name.</param>
/// <param name="Title">The policy's title, from policy.yml.</param>
/// <param name="Version">The version policy.yml gives, e.g. <c>2.0</c>.</param>
/// <param name="Status">draft or adopted.</param>
/// <param name="SourceCommit">The commit checked out in the policy's folder; null outside git.</param>
/// <param name="Files">Every output but the manifest itself, ordered by path.</param>
public sealed record PolicyManifest(string Policy, string Title, string Version, string Status, string? SourceCommit, IReadOnlyList<ManifestEntry> Files)
{
    public const string FileName = "manifest.json";
    public const string Schema = "policybuild/manifest/v1";
}

/// <summary>One output as manifest.json lists it.</summary>
/// <param name="Path">Relative to the policy's output folder, with forward slashes.</param>
/// <param name="Kind">policy, marked-revisions, changes, report or pack.</param>
/// <param name="Format">docx, pdf, html or json.</param>
/// <param name="Bytes">Its size in bytes.</param>
/// <param name="Sha256">Lower-case hex.</param>
public sealed record ManifestEntry(string Path, string Kind, string Format, long Bytes, string Sha256);
