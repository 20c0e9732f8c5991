using PolicyBuild.Diagnostics;

namespace PolicyBuild.Authoring;

/// <summary>A section or clause file after its front matter has been read.</summary>
/// <param name="Id">The front matter's <c>id:</c>, else the file's slug.</param>
/// <param name="Title">The front matter's <c>title:</c>; null when there is none.</param>
/// <param name="Body">The Markdown after the front matter.</param>
/// <param name="BodyLine">The 1-based line of the file where the body starts.</param>
/// <param name="IdLocation">Where an explicit <c>id:</c> is written; null when the id is the file's slug.</param>
/// <param name="Note">The change note (<c>note:</c>): why this revision changes the clause.</param>
/// <param name="NoteLocation">Where <c>note:</c> is written.</param>
public sealed record Fragment(string Id, string? Title, string Body, int BodyLine, SourceLocation? IdLocation = null,
    string? Note = null, SourceLocation? NoteLocation = null);
