namespace PolicyBuild.Import.Word;

/// <summary>Where a run links to: an external address, or a bookmark inside the document.</summary>
internal sealed record WordLink(string? Url, string? Anchor);
