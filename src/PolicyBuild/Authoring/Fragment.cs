namespace PolicyBuild.Authoring;

/// <summary>A section or clause file after its front matter has been read.</summary>
public sealed record Fragment(string Id, string? Title, string Body, int BodyLine);
