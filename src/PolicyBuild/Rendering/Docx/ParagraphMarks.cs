using PolicyBuild.Rendering.Layout;

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
        Assign(flow, marks, revision => revision.RemovesContent, mark => mark with { Deleted = true });
        Assign(flow, marks, revision => revision.Kind is RevisionKind.Inserted or RevisionKind.MovedTo, mark => mark with { Inserted = true });
        return marks;
    }

    private static void Assign(IReadOnlyList<LayoutBlock> flow, TrackedMark[] marks, Func<Revision, bool> removes, Func<TrackedMark, TrackedMark> track)
    {
        bool Removed(int i) => flow[i] switch
        {
            LayoutParagraph { Mark: { } mark } => removes(mark),
            LayoutTable table => table.Rows.Length > 0 && table.Rows.All(r => r.Mark is { } mark && removes(mark)),
            _ => false,
        };
        bool Joinable(int i) => flow[i] is LayoutParagraph p && !p.Runs.Any(r => r.Kind == RunKind.FootnoteReference);
        bool CanJoin(int i) => Joinable(i) && i + 1 < flow.Count && flow[i + 1] is LayoutParagraph;

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
            var chosen = Enumerable.Range(start, end - start + 1).Where(CanJoin).Take(needed).ToList();
            // Only a paragraph both views keep stands in: LibreOffice cannot reject a mark that is both inserted and deleted.
            if (chosen.Count < needed && start > 0 && Joinable(start - 1) && flow[start - 1] is LayoutParagraph { Mark: null })
            {
                chosen.Insert(0, start - 1);
            }

            if (chosen.Count < needed)
            {
                // A paragraph between two tables that both go: nothing can stand in for its mark, and
                // LibreOffice keeps it empty (LibreOfficeTableSandwichTests). Its own marks are the best left.
                chosen = [.. Enumerable.Range(start, end - start + 1).Where(i => flow[i] is LayoutParagraph)];
            }

            foreach (var i in chosen)
            {
                marks[i] = track(marks[i]);
            }

            start = end;
        }
    }
}

/// <summary>How one paragraph mark is tracked: inserted (gone on reject-all), deleted (gone on accept-all), or both.</summary>
internal readonly record struct TrackedMark(bool Inserted, bool Deleted)
{
    public bool IsTracked => Inserted || Deleted;
}
