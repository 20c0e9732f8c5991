using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Which body paragraphs stamp their insertions two minutes after the revision date. LibreOffice
/// merges insertions by the same author less than a minute apart that touch across an untracked
/// paragraph mark (one paragraph ends in inserted words, the next starts with inserted words or is
/// inserted whole), and rejecting the merged insertion removes that paragraph mark too, joining
/// two paragraphs that both readers should keep (pinned by LibreOfficeInsertionMergeTests). Word
/// keeps them apart either way. Where insertions touch like that, every other paragraph of the
/// chain is stamped later, so no two of them merge; everything else keeps the revision date.
/// </summary>
internal static class InsertionStamps
{
    public static readonly TimeSpan Apart = TimeSpan.FromMinutes(2);

    /// <param name="flow">The body's paragraphs in order, null for a table.</param>
    /// <param name="marks">Their tracked marks.</param>
    public static bool[] Later(IReadOnlyList<LayoutParagraph?> flow, IReadOnlyList<TrackedMark> marks)
    {
        var later = new bool[flow.Count];
        for (var i = 1; i < flow.Count; i++)
        {
            var touches = EndsInserted(flow, marks, i - 1) && StartsInserted(flow[i], marks[i]) && !marks[i - 1].GoesOnReject;
            later[i] = touches && !StampReaching(flow, later, i - 1);
        }

        return later;
    }

    // The stamp of the insertion that reaches the end of paragraph i: its own, or, for an empty
    // paragraph, that of the inserted mark before it.
    private static bool StampReaching(IReadOnlyList<LayoutParagraph?> flow, bool[] later, int i) =>
        flow[i] is { Runs: [] } && i > 0 ? later[i - 1] : later[i];

    // An empty paragraph ends where the insertion of the mark before it ends.
    private static bool EndsInserted(IReadOnlyList<LayoutParagraph?> flow, IReadOnlyList<TrackedMark> marks, int i) => flow[i] switch
    {
        { Runs: [.., var last] } => IsInsertion(last),
        { Runs: [] } => i > 0 && flow[i - 1] is not null && marks[i - 1].GoesOnReject,
        _ => false,
    };

    private static bool StartsInserted(LayoutParagraph? paragraph, TrackedMark mark) => paragraph switch
    {
        { Runs: [var first, ..] } => IsInsertion(first),
        { Runs: [] } => mark.GoesOnReject,
        _ => false,
    };

    private static bool IsInsertion(LayoutRun run) => run.Revision?.Kind is RevisionKind.Inserted or RevisionKind.MovedTo;
}
