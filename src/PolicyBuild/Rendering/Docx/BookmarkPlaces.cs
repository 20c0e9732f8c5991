using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Where a unit's bookmark is in each view of a marked document. A bookmark lives in the first
/// paragraph of its unit that the accepted view keeps; when that paragraph is inserted or moved here,
/// rejecting removes the bookmark with it. If the unit's old paragraph is still there (a move), the
/// rejected view needs its own target: the old paragraph gets <see cref="BookmarkNames.ForOldPlace"/>,
/// and a contents entry both views keep points at each place in its view (<see cref="TocWriter"/>),
/// so no page reference reads "Error: Reference source not found" after reject-all.
/// </summary>
internal static class BookmarkPlaces
{
    /// <param name="flow">The body's blocks in order as Word sees them.</param>
    /// <returns>The bookmarks whose accepted place goes on reject while an old place remains.</returns>
    public static HashSet<string> Moved(IReadOnlyList<LayoutBlock> flow)
    {
        var moved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var places in flow.OfType<LayoutParagraph>().Where(p => p.Bookmark is not null).GroupBy(p => p.Bookmark!, StringComparer.Ordinal))
        {
            var accepted = places.FirstOrDefault(p => p.Mark?.RemovesContent != true);
            if (accepted?.Mark?.Kind is RevisionKind.Inserted or RevisionKind.MovedTo && places.Any(p => p.Mark?.RemovesContent == true))
            {
                moved.Add(places.Key);
            }
        }

        return moved;
    }
}
