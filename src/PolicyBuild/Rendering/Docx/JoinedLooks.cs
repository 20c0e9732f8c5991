using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>The paragraph properties a view shows: style and list numbering.</summary>
internal sealed record ParagraphLook(string StyleId, ListMarker? List)
{
    public static ParagraphLook Accepted(LayoutParagraph paragraph) => new(paragraph.StyleId, paragraph.List);

    public static ParagraphLook Rejected(LayoutParagraph paragraph) =>
        paragraph.OldStyleId is { } oldStyle ? new(oldStyle, paragraph.OldList) : Accepted(paragraph);
}

/// <summary>What a paragraph shows accepted (its <c>w:pPr</c>) and rejected (its <c>w:pPrChange</c>, when it differs or <paramref name="RecordRejected"/>).</summary>
internal sealed record ParagraphLooks(ParagraphLook Accepted, ParagraphLook Rejected, bool RecordRejected = false)
{
    public static ParagraphLooks Of(LayoutParagraph paragraph) => new(ParagraphLook.Accepted(paragraph), ParagraphLook.Rejected(paragraph));
}

/// <summary>
/// The properties of paragraphs that removed marks join. In a view, paragraphs whose marks it
/// removes join the next paragraph into one, and exactly one of them, the kept one, has content in
/// that view: the joined paragraph must look like it. Word gives the joined paragraph the properties
/// of the last mark (the one that stays); LibreOffice 25.2 keeps those of another paragraph of the
/// join: the first one's, and when the kept paragraph is empty or the join crosses a removed table,
/// any removed one's (LibreOfficeRedlineLimitTests). So the paragraphs either reader may take
/// properties from look, in that view, like the kept one: in the accepted view through their own
/// properties (a removed paragraph then shows the kept one's style in the marked document, so only
/// those a reader takes from), in the rejected view through <c>w:pPrChange</c>, which shows nowhere else.
/// </summary>
internal static class JoinedLooks
{
    /// <param name="flow">The body's blocks as written: paragraphs and tables.</param>
    /// <param name="marks">Their tracked marks (<see cref="ParagraphMarks"/>).</param>
    /// <returns>Each paragraph's looks; null for a table.</returns>
    public static ParagraphLooks?[] Assign(IReadOnlyList<LayoutBlock> flow, IReadOnlyList<TrackedMark> marks)
    {
        var accepted = flow.Select(b => b is LayoutParagraph p ? ParagraphLook.Accepted(p) : null).ToArray();
        var rejected = flow.Select(b => b is LayoutParagraph p ? ParagraphLook.Rejected(p) : null).ToArray();
        var lent = new Dictionary<int, int>();
        foreach (var join in Joins(flow, i => marks[i] is { IsTracked: true, GoesOnReject: false }, r => r.RemovesContent))
        {
            var kept = join.Kept;
            var keptIsEmpty = ((LayoutParagraph)flow[kept]).Runs.IsEmpty;
            var lenders = kept != join.Members[^1]
                ? [join.Members[^1]] // Word: the last mark stays, with its paragraph's properties.
                : keptIsEmpty || join.CrossesTable
                    ? join.Members.Where(i => i != kept)
                    : [join.Members[0]]; // LibreOffice: the first joined paragraph lends its properties.
            foreach (var i in lenders.Where(i => accepted[i] != accepted[kept]))
            {
                lent[i] = kept;
            }
        }

        foreach (var (i, kept) in lent)
        {
            accepted[i] = accepted[kept];
        }

        foreach (var join in Joins(flow, i => marks[i].GoesOnReject, r => r.Kind is RevisionKind.Inserted or RevisionKind.MovedTo))
        {
            foreach (var i in join.Members.Where(i => i != join.Kept))
            {
                rejected[i] = rejected[join.Kept];
            }
        }

        // Rejecting a w:pPrChange that brings back list numbering puts the paragraph in a list of its own in
        // LibreOffice ("(a)" again where "(b)" was) unless every item of that list comes back the same way:
        // they all record their rejected look, the same as their own or not.
        var restoredLists = Enumerable.Range(0, flow.Count)
            .Where(i => rejected[i]?.List is not null && rejected[i] != accepted[i])
            .Select(i => rejected[i]!.List!.InstanceKey)
            .ToHashSet(StringComparer.Ordinal);
        return [.. flow.Select((b, i) => b is LayoutParagraph
            ? new ParagraphLooks(accepted[i]!, rejected[i]!, rejected[i]!.List is { } list && restoredLists.Contains(list.InstanceKey))
            : null)];
    }

    /// <param name="Members">Flow indexes of the joined paragraphs, in order; the last one's mark stays.</param>
    /// <param name="Kept">The one member whose content the view keeps.</param>
    /// <param name="CrossesTable">A table stands between two members.</param>
    private sealed record Join(List<int> Members, int Kept, bool CrossesTable);

    private static IEnumerable<Join> Joins(IReadOnlyList<LayoutBlock> flow, Func<int, bool> markRemoved, Func<Revision, bool> contentRemoved)
    {
        var members = new List<int>();
        var crossesTable = false;
        for (var i = 0; i < flow.Count; i++)
        {
            if (flow[i] is not LayoutParagraph)
            {
                crossesTable |= members.Count > 0;
                continue;
            }

            members.Add(i);
            if (markRemoved(i))
            {
                continue;
            }

            var kept = members.Where(m => ((LayoutParagraph)flow[m]).Mark is not { } mark || !contentRemoved(mark)).ToList();
            if (members.Count > 1 && kept.Count == 1)
            {
                yield return new Join(members, kept[0], crossesTable);
            }

            members = [];
            crossesTable = false;
        }
    }
}
