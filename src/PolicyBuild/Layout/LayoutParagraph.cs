using System.Collections.Immutable;

namespace PolicyBuild.Layout;

/// <summary>A paragraph with a style from the reference document.</summary>
/// <param name="Bookmark">The id a cross-reference or contents entry links to, if any.</param>
/// <param name="Mark">A tracked change of the paragraph mark itself.</param>
public sealed record LayoutParagraph(
    string UnitKey,
    string StyleId,
    ImmutableArray<LayoutRun> Runs,
    ListMarker? List = null,
    string? Bookmark = null,
    Revision? Mark = null) : LayoutBlock(UnitKey)
{
    public string Text => string.Concat(Runs.Select(r => r.Text));
}
