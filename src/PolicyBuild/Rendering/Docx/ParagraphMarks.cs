using PolicyBuild.Rendering.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// The one model of tracked paragraph marks. A paragraph that a view removes whole (accept-all
/// removes deleted and moved-away paragraphs, reject-all inserted and moved-here ones) must take
/// exactly one paragraph mark with it, and a removed mark joins what is left to the next
/// paragraph. So each run of consecutive removed paragraphs removes its own marks, unless nothing
/// follows it to join (a table, or the document's end): then it removes the mark before it
/// instead, and its last paragraph's mark survives as the end of the paragraph before the run.
/// Marks are tracked as deletions and insertions, also inside moves: Word and LibreOffice both
/// join paragraphs at a tracked deletion or insertion of a mark, not at a moved mark.
/// </summary>
internal static class ParagraphMarks
{
    /// <param name="flow">The body's paragraphs in order, null for a table.</param>
    public static TrackedMark[] Assign(IReadOnlyList<LayoutParagraph?> flow)
    {
        var marks = new TrackedMark[flow.Count];
        Assign(flow, marks, m => m.RemovesContent, (mark) => mark with { Deleted = true });
        Assign(flow, marks, m => m.Kind is RevisionKind.Inserted or RevisionKind.MovedTo, (mark) => mark with { Inserted = true });
        return marks;
    }

    private static void Assign(IReadOnlyList<LayoutParagraph?> flow, TrackedMark[] marks, Func<Revision, bool> removes, Func<TrackedMark, TrackedMark> track)
    {
        bool Removed(int i) => flow[i] is { Mark: { } mark } && removes(mark);
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

            var nothingToJoin = end + 1 == flow.Count || flow[end + 1] is null;
            var shift = nothingToJoin && start > 0 && flow[start - 1] is not null ? 1 : 0;
            for (var i = start - shift; i <= end - shift; i++)
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
