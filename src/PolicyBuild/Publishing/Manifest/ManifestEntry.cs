namespace PolicyBuild.Publishing.Manifest;

/// <summary>One output as manifest.json lists it.</summary>
/// <param name="Path">Relative to the policy's output folder, with forward slashes.</param>
/// <param name="Kind">policy, marked-revisions, changes, report or pack.</param>
/// <param name="Format">docx, pdf, html or json.</param>
/// <param name="Sha256">Lower-case hex.</param>
public sealed record ManifestEntry(string Path, string Kind, string Format, long Bytes, string Sha256);
