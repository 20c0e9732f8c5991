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
/// join: the first one's, any removed one's that records its rejected look (<c>w:pPrChange</c>), and
/// when the kept paragraph is empty or the join crosses a removed table, any removed one's
/// (LibreOfficeRedlineLimitTests). No mark joins across a table the view keeps. So the paragraphs either reader may take
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
        Func<Revision, bool> goesOnReject = r => r.Kind is RevisionKind.Inserted or RevisionKind.MovedTo;
        var acceptJoins = Joins(flow, i => marks[i] is { IsTracked: true, GoesOnReject: false }, r => r.RemovesContent).ToList();
        var rejectJoins = Joins(flow, i => marks[i].GoesOnReject, goesOnReject).ToList();
        foreach (var join in rejectJoins.Where(j => j.Kept is not null))
        {
            foreach (var i in join.Members.Where(i => i != join.Kept))
            {
                rejected[i] = rejected[join.Kept!.Value];
            }
        }

        // What LibreOffice leaves of a join with nothing kept (its last mark cannot be removed) is an
        // empty paragraph: it must carry no list label in that view.
        foreach (var join in acceptJoins.Where(j => j.Kept is null))
        {
            join.Members.ForEach(i => accepted[i] = accepted[i]! with { List = null });
        }

        foreach (var join in rejectJoins.Where(j => j.Kept is null))
        {
            join.Members.ForEach(i => rejected[i] = rejected[i]! with { List = null });
        }

        // A member that records its rejected look (w:pPrChange) lends its properties to the join in
        // LibreOffice as the first member does (LibreOfficeRedlineLimitTests). Lending gives a member a
        // w:pPrChange and can restore a list, whose items then all record theirs: repeat until no more lend.
        var records = Records(flow, accepted, rejected);
        while (true)
        {
            foreach (var join in acceptJoins.Where(j => j.Kept is not null))
            {
                var kept = join.Kept!.Value;
                var keptIsEmpty = ((LayoutParagraph)flow[kept]).Runs.IsEmpty;
                var lenders = kept != join.Members[^1]
                    ? [join.Members[^1]] // Word: the last mark stays, with its paragraph's properties.
                    : keptIsEmpty || join.CrossesTable
                        ? join.Members.Where(i => i != kept)
                        : join.Members.Where(i => i == join.Members[0] || (i != kept && records[i])); // LibreOffice: the first, and any recording member.
                foreach (var i in lenders.Where(i => accepted[i] != accepted[kept]))
                {
                    accepted[i] = accepted[kept];
                }
            }

            var after = Records(flow, accepted, rejected);
            if (after.SequenceEqual(records))
            {
                break;
            }

            records = after;
        }

        return [.. flow.Select((b, i) => b is LayoutParagraph ? new ParagraphLooks(accepted[i]!, rejected[i]!, records[i]) : null)];
    }

    /// <summary>
    /// Which paragraphs write a <c>w:pPrChange</c>: those whose rejected look differs, and every item of
    /// a list that one brings back. Rejecting a w:pPrChange that brings back list numbering puts the
    /// paragraph in a list of its own in LibreOffice ("(a)" again where "(b)" was) unless every item of
    /// that list comes back the same way.
    /// </summary>
    private static bool[] Records(IReadOnlyList<LayoutBlock> flow, ParagraphLook?[] accepted, ParagraphLook?[] rejected)
    {
        var restoredLists = Enumerable.Range(0, flow.Count)
            .Where(i => rejected[i]?.List is not null && rejected[i] != accepted[i])
            .Select(i => rejected[i]!.List!.InstanceKey)
            .ToHashSet(StringComparer.Ordinal);
        return [.. Enumerable.Range(0, flow.Count).Select(i => rejected[i] is { } look
            && (look != accepted[i] || (look.List is { } list && restoredLists.Contains(list.InstanceKey))))];
    }

    /// <param name="Members">Flow indexes of the joined paragraphs, in order; the last one's mark stays.</param>
    /// <param name="Kept">The one member whose content the view keeps; null when the view keeps none, and a table it keeps ends the join.</param>
    /// <param name="CrossesTable">A table the view removes stands between two members.</param>
    private sealed record Join(List<int> Members, int? Kept, bool CrossesTable);

    private static IEnumerable<Join> Joins(IReadOnlyList<LayoutBlock> flow, Func<int, bool> markRemoved, Func<Revision, bool> contentRemoved)
    {
        bool ContentRemoved(int i) => ((LayoutParagraph)flow[i]).Mark is { } mark && contentRemoved(mark);
        var members = new List<int>();
        var crossesTable = false;
        for (var i = 0; i < flow.Count; i++)
        {
            if (flow[i] is LayoutTable table)
            {
                var tableRemoved = table.Rows.Length > 0 && table.Rows.All(r => r.Mark is { } mark && contentRemoved(mark));
                if (!tableRemoved && members.Count > 0)
                {
                    // No mark joins across a table the view keeps: the paragraphs before it stay, emptied.
                    if (members.All(ContentRemoved))
                    {
                        yield return new Join(members, null, crossesTable);
                    }

                    members = [];
                    crossesTable = false;
                }

                crossesTable |= members.Count > 0;
                continue;
            }

            members.Add(i);
            if (markRemoved(i))
            {
                continue;
            }

            var kept = members.Where(m => !ContentRemoved(m)).ToList();
            if (members.Count > 1 && kept.Count == 1)
            {
                yield return new Join(members, kept[0], crossesTable);
            }

            members = [];
            crossesTable = false;
        }
    }
}
