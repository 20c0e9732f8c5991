using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// The one model of tracked paragraph marks. Accept-all removes deleted and moved-away content,
/// reject-all inserted and moved-here content; a paragraph whose content a view removes must take
/// one paragraph mark with it, and a removed mark joins what is left of its paragraph to the next.
/// So a span of blocks that a view removes whole (paragraphs, and tables whose every row goes)
/// must lose as many marks as it has paragraphs, chosen from its paragraphs' own marks and the
/// mark just before it. A mark followed by a table cannot join anything, and LibreOffice will not
/// join a paragraph that holds a footnote reference at its mark (it leaves the paragraph empty,
/// LibreOfficeRedlineLimitTests), so neither is chosen: the mark before the span stands in for it, and what
/// survives of the span is the end of the paragraph before it. (The body's last mark, which Word
/// cannot track, belongs to an empty paragraph that ends every document: see <see cref="BodyWriter"/>.) Marks are tracked as deletions and insertions, inside moves
/// too: both readers join paragraphs at a tracked deletion or insertion of a mark.
/// </summary>
internal static class ParagraphMarks
{
    /// <param name="flow">The body's blocks in order as Word sees them: paragraphs and tables.</param>
    public static TrackedMark[] Assign(IReadOnlyList<LayoutBlock> flow)
    {
        var marks = new TrackedMark[flow.Count];
        Assign(flow, marks, revision => revision.RemovesContent, RevisionKind.Deleted);
        Assign(flow, marks, revision => revision.Kind is RevisionKind.Inserted or RevisionKind.MovedTo, RevisionKind.Inserted);
        return marks;
    }

    private static void Assign(IReadOnlyList<LayoutBlock> flow, TrackedMark[] marks, Func<Revision, bool> removes, RevisionKind kind)
    {
        bool Removed(int i) => flow[i] switch
        {
            LayoutParagraph { Mark: { } mark } => removes(mark),
            LayoutTable table => table.Rows.Length > 0 && table.Rows.All(r => r.Mark is { } mark && removes(mark)),
            _ => false,
        };
        bool Joinable(int i) => flow[i] is LayoutParagraph p && !p.Runs.Any(r => r.Kind == RunKind.FootnoteReference);
        bool CanJoin(int i) => Joinable(i) && i + 1 < flow.Count && flow[i + 1] is LayoutParagraph;
        bool JoinsEmpty(int i) => flow[i + 1] is LayoutParagraph { Runs.IsEmpty: true };

        for (var start = 0; start < flow.Count; start++)
        {
            if (!Removed(start))
            {
                continue;
            }

            var end = start;
            while (end + 1 < flow.Count && Removed(end + 1))
            {
                end++;
            }

            var needed = Enumerable.Range(start, end - start + 1).Count(i => flow[i] is LayoutParagraph);
            var own = Enumerable.Range(start, end - start + 1).Where(CanJoin).ToList();
            // Joined into an empty paragraph, LibreOffice keeps the removed paragraph's properties (a list
            // item's label would stay): such a mark is used only after the stand-in.
            var chosen = own.Where(i => !JoinsEmpty(i)).Take(needed).ToList();
            // Only a paragraph both views keep, with text, stands in: LibreOffice cannot reject a mark that is
            // both inserted and deleted, and an empty paragraph joined to removed ones takes their properties.
            // A span that starts with a table has no stand-in: the mark before it is followed by that table.
            if (chosen.Count < needed && start > 0 && CanJoin(start - 1) && flow[start - 1] is LayoutParagraph { Mark: null, Runs.IsEmpty: false })
            {
                chosen.Insert(0, start - 1);
            }

            chosen.AddRange(own.Where(JoinsEmpty).Take(needed - chosen.Count));
            // Still short (a paragraph between two tables that both go, two paragraphs with footnotes):
            // nothing else can stand in, and LibreOffice keeps each such paragraph, emptied
            // (LibreOfficeRedlineLimitTests). Word removes them all.
            chosen.AddRange(Enumerable.Range(start, end - start + 1)
                .Where(i => flow[i] is LayoutParagraph && !chosen.Contains(i)).Reverse().Take(needed - chosen.Count));

            foreach (var i in chosen)
            {
                marks[i] = new TrackedMark(kind);
            }

            start = end;
        }
    }
}

/// <summary>How one paragraph mark is tracked: not at all, inserted or moved here (gone on reject-all), deleted or moved away (gone on accept-all).</summary>
internal readonly record struct TrackedMark(RevisionKind? Kind)
{
    public bool IsTracked => Kind is not null;

    public bool GoesOnReject => Kind is RevisionKind.Inserted or RevisionKind.MovedTo;
}
