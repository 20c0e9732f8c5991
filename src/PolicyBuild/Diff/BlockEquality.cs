using System.Collections.Immutable;
using PolicyBuild.Layout;

namespace PolicyBuild.Diff;

/// <summary>
/// Whether two layout blocks are the same by value, arrays included: a record's own equality compares its
/// <see cref="ImmutableArray{T}"/> members by reference, so two layouts of the same text are never equal by it.
/// Each record is compared by its own equality with its arrays swapped for the other's (so a member added
/// later is compared too), and the arrays element by element. An unknown kind of block is never equal.
/// </summary>
internal static class BlockEquality
{
    public static bool Same(IReadOnlyList<LayoutBlock> a, IReadOnlyList<LayoutBlock> b) => SameItems(a, b, Same);

    public static bool Same(LayoutBlock a, LayoutBlock b) => ReferenceEquals(a, b) || (a, b) switch
    {
        (LayoutParagraph p, LayoutParagraph q) => Same(p, q),
        (LayoutTable t, LayoutTable u) => t with { Rows = u.Rows } == u && Same(t.Rows, u.Rows, Same),
        (LayoutTableOfContents t, LayoutTableOfContents u) => t with { Entries = u.Entries } == u && Same(t.Entries, u.Entries, Same),
        (LayoutPageBreak p, LayoutPageBreak q) => p == q,
        _ => false,
    };

    private static bool Same(LayoutParagraph p, LayoutParagraph q) =>
        ReferenceEquals(p, q) || (p with { Runs = q.Runs } == q && Same(p.Runs, q.Runs, (r, s) => r == s));

    private static bool Same(LayoutRow r, LayoutRow s) =>
        r with { Cells = s.Cells } == s && Same(r.Cells, s.Cells, (c, d) => c with { Paragraphs = d.Paragraphs } == d && Same(c.Paragraphs, d.Paragraphs, Same));

    private static bool Same<T>(ImmutableArray<T> a, ImmutableArray<T> b, Func<T, T, bool> same) =>
        a.IsDefault || b.IsDefault ? a.IsDefault == b.IsDefault : SameItems(a, b, same);

    private static bool SameItems<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, T, bool> same)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!same(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
