using PolicyBuild.Diagnostics;

namespace PolicyBuild.Model;

/// <summary>One numbered clause: a Markdown fragment file.</summary>
/// <param name="Id">Stable id used by cross-references and to match clauses across versions.</param>
/// <param name="Number">The displayed number, e.g. <c>5.12</c>, computed from file order.</param>
/// <param name="Title">The front matter's <c>title:</c>, shown as the clause's heading line; null when there is none.</param>
/// <param name="Body">The clause Markdown without front matter.</param>
/// <param name="BodyLocation">Where <paramref name="Body"/> starts in its file.</param>
/// <param name="Note">The author's change note (front matter <c>note:</c>): why this revision changes the clause.</param>
/// <param name="NoteLocation">Where the note is written, for warnings about it.</param>
public sealed record Clause(string Id, string Number, string? Title, string Body, SourceLocation BodyLocation,
    string? Note = null, SourceLocation? NoteLocation = null);
