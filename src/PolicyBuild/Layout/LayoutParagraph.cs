using System.Collections.Immutable;

namespace PolicyBuild.Layout;

/// <summary>A paragraph with a style from the reference document.</summary>
/// <param name="UnitKey">The unit the paragraph belongs to (see <see cref="LayoutBlock"/>).</param>
/// <param name="StyleId">The id of its paragraph style in the reference document.</param>
/// <param name="Runs">Its content.</param>
/// <param name="List">Puts it in a Word list; null when it is no list item.</param>
/// <param name="Bookmark">The id a cross-reference or contents entry links to, if any.</param>
/// <param name="Mark">The paragraph as a whole inserted, deleted or moved (how its mark is tracked is the writer's choice).</param>
/// <param name="Comment">A comment anchored on the paragraph (a clause's change note in a marked document).</param>
/// <param name="OldStyleId">In a redline, the baseline's style of a matched paragraph whose style or list numbering changed (<c>w:pPrChange</c>).</param>
/// <param name="OldList">With <paramref name="OldStyleId"/>, the baseline's list numbering of that paragraph (null: none).</param>
public sealed record LayoutParagraph(
    string UnitKey,
    string StyleId,
    ImmutableArray<LayoutRun> Runs,
    ListMarker? List = null,
    string? Bookmark = null,
    Revision? Mark = null,
    string? Comment = null,
    string? OldStyleId = null,
    ListMarker? OldList = null) : LayoutBlock(UnitKey)
{
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>Puts a paragraph in a Word list.</summary>
/// <param name="Style">How the list's items are marked: bullets, numbers, letters or roman numerals.</param>
/// <param name="InstanceKey">Identifies one list: items with the same key count on from each other.</param>
/// <param name="Level">0 for top-level items.</param>
public sealed record ListMarker(ListStyle Style, int Level, string InstanceKey);
