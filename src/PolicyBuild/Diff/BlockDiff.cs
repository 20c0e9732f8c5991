using System.Collections.Immutable;
using PolicyBuild.Layout;

namespace PolicyBuild.Diff;

/// <summary>
/// Diffs the blocks of one matched unit: paragraphs, list items and tables are aligned by
/// content; a paired paragraph gets a word diff, a paired table a row and cell diff; the rest
/// are whole inserted or deleted blocks with tracked paragraph marks.
/// </summary>
internal sealed class BlockDiff(Revision? keep, bool showDeletions)
{
    public int WordsInserted { get; private set; }

    public int WordsDeleted { get; private set; }

    public bool HasChanges { get; private set; }

    public List<LayoutBlock> Compare(IReadOnlyList<LayoutBlock> oldBlocks, IReadOnlyList<LayoutBlock> newBlocks)
    {
        var output = new List<LayoutBlock>();
        if (oldBlocks.Count == newBlocks.Count && oldBlocks.Zip(newBlocks).All(pair => SameContent(pair.First, pair.Second)))
        {
            // Most units of a revision are untouched: no diff needed (and no signatures built).
            output.AddRange(newBlocks.Select(Keep));
            return output;
        }

        var oldSignatures = oldBlocks.Select(Signature).ToList();
        var newSignatures = newBlocks.Select(Signature).ToList();

        // The baseline block each output block comes from (the same one for a deleted block, null for an inserted one).
        var origins = new List<LayoutBlock?>();
        var segments = SequenceDiff.Compare(oldSignatures, newSignatures);
        foreach (var segment in segments)
        {
            if (segment.IsEqual)
            {
                output.AddRange(newBlocks.Skip(segment.NewStart).Take(segment.NewCount).Select(Keep));
                origins.AddRange(oldBlocks.Skip(segment.OldStart).Take(segment.OldCount));
                continue;
            }

            HasChanges = true;
            var olds = oldBlocks.Skip(segment.OldStart).Take(segment.OldCount).ToList();
            var news = newBlocks.Skip(segment.NewStart).Take(segment.NewCount).ToList();
            var paired = 0;
            while (paired < olds.Count && paired < news.Count && SameKind(olds[paired], news[paired]))
            {
                output.Add(Pair(olds[paired], news[paired]));
                origins.Add(olds[paired]);
                paired++;
            }

            if (showDeletions)
            {
                output.AddRange(olds.Skip(paired).Select(b => Mark(b, Revision.Deleted)));
                origins.AddRange(olds.Skip(paired));
            }

            output.AddRange(news.Skip(paired).Select(b => Mark(b, Revision.Inserted)));
            origins.AddRange(news.Skip(paired).Select(_ => (LayoutBlock?)null));
            WordsDeleted += olds.Skip(paired).Sum(WordsOf);
            WordsInserted += news.Skip(paired).Sum(WordsOf);
        }

        // Inside a move the moved-here copy is new anyway: the moved-away copy keeps the baseline's lists.
        return keep is null ? ListContinuity.InRejectedView(output, origins) : output;
    }

    /// <summary>A whole block inserted, deleted or moved: every run and every paragraph mark tracked.</summary>
    public static LayoutBlock Mark(LayoutBlock block, Revision revision) => block switch
    {
        LayoutParagraph p => p with { Runs = RunDiff.MarkAll(p.Runs, revision), Mark = revision },
        LayoutTable t => t with { Rows = [.. t.Rows.Select(r => MarkRow(r, RowRevision(revision)))] },
        _ => block,
    };

    private LayoutBlock Keep(LayoutBlock block) => keep is null ? block : block switch
    {
        LayoutParagraph p => p with { Runs = RunDiff.MarkAll(p.Runs, keep), Mark = keep },
        LayoutTable t => Mark(t, Revision.Inserted),
        _ => block,
    };

    private LayoutBlock Pair(LayoutBlock oldBlock, LayoutBlock newBlock)
    {
        if (oldBlock is LayoutParagraph oldParagraph && newBlock is LayoutParagraph newParagraph)
        {
            var diff = RunDiff.Compare(oldParagraph.Runs, newParagraph.Runs, keep, showDeletions);
            WordsInserted += diff.WordsInserted;
            WordsDeleted += diff.WordsDeleted;
            // A change of style or list numbering of a paragraph that stays is tracked too; inside a move the new copy is new anyway.
            var listChanged = !SameNumbering(oldParagraph.List, newParagraph.List);
            var changed = keep is null && (listChanged || oldParagraph.StyleId != newParagraph.StyleId);
            return newParagraph with
            {
                Runs = diff.Runs, Mark = keep,
                OldStyleId = changed ? oldParagraph.StyleId : null,
                OldList = changed ? (listChanged ? oldParagraph.List : newParagraph.List) : null,
            };
        }

        if (oldBlock is LayoutTable oldTable && newBlock is LayoutTable newTable)
        {
            // Inside a move a table is re-inserted whole (rows cannot be moved), but its edits still count.
            var compared = CompareTables(oldTable, newTable);
            return keep is null ? compared : Mark(newTable, Revision.Inserted);
        }

        return newBlock;
    }

    // The same kind of list at the same level: the two versions' lists are one list (their keys may differ).
    private static bool SameNumbering(ListMarker? oldList, ListMarker? newList) =>
        (oldList, newList) is (null, null) || (oldList is not null && newList is not null && oldList.Style == newList.Style && oldList.Level == newList.Level);

    private LayoutTable CompareTables(LayoutTable oldTable, LayoutTable newTable)
    {
        var rows = ImmutableArray.CreateBuilder<LayoutRow>();
        foreach (var segment in SequenceDiff.Compare(oldTable.Rows.Select(r => r.Text).ToList(), newTable.Rows.Select(r => r.Text).ToList()))
        {
            var olds = oldTable.Rows.Skip(segment.OldStart).Take(segment.OldCount).ToList();
            var news = newTable.Rows.Skip(segment.NewStart).Take(segment.NewCount).ToList();
            if (segment.IsEqual)
            {
                rows.AddRange(news);
                continue;
            }

            // Rows are paired in order; a pair too different to read as an edit is replaced whole.
            var paired = Math.Min(olds.Count, news.Count);
            for (var i = 0; i < paired; i++)
            {
                if (olds[i].Cells.Length == news[i].Cells.Length
                    && (SameLabel(olds[i], news[i]) || Similarity.Of(olds[i].Text, news[i].Text) >= Similarity.PairThreshold))
                {
                    rows.Add(PairRow(olds[i], news[i]));
                }
                else
                {
                    rows.Add(MarkRow(olds[i], Revision.Deleted));
                    rows.Add(MarkRow(news[i], Revision.Inserted));
                    WordsDeleted += WordsOf(olds[i]);
                    WordsInserted += WordsOf(news[i]);
                }
            }

            rows.AddRange(olds.Skip(paired).Select(r => MarkRow(r, Revision.Deleted)));
            rows.AddRange(news.Skip(paired).Select(r => MarkRow(r, Revision.Inserted)));
            WordsDeleted += olds.Skip(paired).Sum(WordsOf);
            WordsInserted += news.Skip(paired).Sum(WordsOf);
        }

        return newTable with { Rows = rows.ToImmutable() };
    }

    /// <summary>A table cell changed in place: each cell's paragraphs are word-diffed.</summary>
    private LayoutRow PairRow(LayoutRow oldRow, LayoutRow newRow)
    {
        var cells = oldRow.Cells.Zip(newRow.Cells, (o, n) =>
        {
            var paragraphs = n.Paragraphs.Select((p, i) =>
            {
                var old = i < o.Paragraphs.Length ? o.Paragraphs[i].Runs : [];
                var diff = RunDiff.Compare(old, p.Runs);
                WordsInserted += diff.WordsInserted;
                WordsDeleted += diff.WordsDeleted;
                return p with { Runs = diff.Runs };
            });
            return new LayoutCell([.. paragraphs]);
        });
        return newRow with { Cells = [.. cells] };
    }

    // A row whose first cell (its label, as in "Owner | …") is unchanged is the same row edited.
    private static bool SameLabel(LayoutRow a, LayoutRow b) =>
        a.Cells.Length > 1 && a.Cells[0].Text.Length > 0 && a.Cells[0].Text == b.Cells[0].Text;

    private static LayoutRow MarkRow(LayoutRow row, Revision revision) => row with
    {
        Mark = revision,
        Cells = [.. row.Cells.Select(c => new LayoutCell([.. c.Paragraphs.Select(p => p with { Runs = RunDiff.MarkAll(p.Runs, revision) })]))],
    };

    // Table rows have no "moved" mark in Word: a moved table is deleted at its old place and inserted at its new one.
    private static Revision RowRevision(Revision revision) =>
        revision.RemovesContent ? Revision.Deleted : Revision.Inserted;

    private static bool SameKind(LayoutBlock a, LayoutBlock b) =>
        (a is LayoutParagraph && b is LayoutParagraph) || (a is LayoutTable && b is LayoutTable);

    public static int WordsOf(LayoutBlock block) => block switch
    {
        LayoutParagraph p => RunDiff.CountWords(p.Runs),
        LayoutTable t => t.Rows.Sum(WordsOf),
        _ => 0,
    };

    private static int WordsOf(LayoutRow row) => row.Cells.Sum(c => c.Paragraphs.Sum(p => RunDiff.CountWords(p.Runs)));

    /// <summary>Equal <see cref="Signature"/>s, told without building them.</summary>
    private static bool SameContent(LayoutBlock a, LayoutBlock b) => (a, b) switch
    {
        (LayoutParagraph p, LayoutParagraph q) => p.StyleId == q.StyleId && Equals(p.List?.Style, q.List?.Style)
            && p.Runs.Length == q.Runs.Length && p.Runs.Zip(q.Runs).All(r => SameRun(r.First, r.Second)),
        (LayoutTable t, LayoutTable u) => t.Rows.Length == u.Rows.Length && t.Rows.Zip(u.Rows).All(r => r.First.Text == r.Second.Text),
        _ => a is not LayoutParagraph and not LayoutTable && a.GetType() == b.GetType(),
    };

    private static bool SameRun(LayoutRun a, LayoutRun b) =>
        a.Kind == b.Kind && a.Format == b.Format && a.Link == b.Link && a.Text == b.Text;

    private static string Signature(LayoutBlock block) => block switch
    {
        LayoutParagraph p => $"P\u0001{p.StyleId}\u0001{p.List?.Style}\u0001{string.Join('\u0002', p.Runs.Select(r => $"{(int)r.Kind}\u0003{(int)r.Format}\u0003{r.Link}\u0003{r.Text}"))}",
        LayoutTable t => $"T\u0001{string.Join('\u0002', t.Rows.Select(r => r.Text))}",
        LayoutPageBreak => "B",
        LayoutTableOfContents => "C",
        _ => block.GetType().Name,
    };
}
