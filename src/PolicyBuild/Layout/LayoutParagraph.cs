using System.Collections.Immutable;

namespace PolicyBuild.Layout;

/// <summary>A paragraph with a style from the reference document.</summary>
/// <param name="Bookmark">The id a cross-reference or contents entry links to, if any.</param>
/// <param name="Mark">A tracked change of the paragraph mark itself.</param>
/// <param name="Comment">A comment anchored on the paragraph (a clause's change note in a marked document).</param>
public sealed record LayoutParagraph(
    string UnitKey,
    string StyleId,
    ImmutableArray<LayoutRun> Runs,
    ListMarker? List = null,
    string? Bookmark = null,
    Revision? Mark = null,
    string? Comment = null) : LayoutBlock(UnitKey)
{
    public string Text => string.Concat(Runs.Select(r => r.Text));
}
