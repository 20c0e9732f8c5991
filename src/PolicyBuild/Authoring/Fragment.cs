using PolicyBuild.Diagnostics;

namespace PolicyBuild.Authoring;

/// <summary>A section or clause file after its front matter has been read.</summary>
/// <param name="IdLocation">Where an explicit <c>id:</c> is written; null when the id is the file's slug.</param>
public sealed record Fragment(string Id, string? Title, string Body, int BodyLine, SourceLocation? IdLocation = null);
