using System.Collections.Immutable;
using PolicyBuild.Layout;

namespace PolicyBuild.Diff;

/// <summary>
/// Compares two laid-out documents unit by unit. Units are matched by key (clause and section
/// ids, title-block lines), never by position: a key only in the draft is inserted, one only in
/// the baseline deleted, one in both but out of order moved; matched units get a block and word
/// diff. Because numbers are runs of their own, a renumbered clause shows only its number changed.
/// </summary>
/// <param name="cache">Keeps the units' diffs between comparisons (watch); null compares every unit.</param>
public sealed class LayoutDiffer(UnitDiffCache? cache = null)
{
    public Redline Compare(LayoutDocument baseline, LayoutDocument draft)
    {
        var oldUnits = Unit.Split(baseline.Blocks);
        var newUnits = Unit.Split(draft.Blocks);
        var oldKeys = oldUnits.Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
        var newKeys = newUnits.Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
        var oldByKey = oldUnits.ToDictionary(u => u.Key, StringComparer.Ordinal);
        var moveNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var blocks = new List<LayoutBlock>();
        var outcomes = new List<UnitOutcome>();

        foreach (var segment in SequenceDiff.Compare(oldUnits.Select(u => u.Key).ToList(), newUnits.Select(u => u.Key).ToList()))
        {
            if (segment.IsEqual)
            {
                for (var i = 0; i < segment.NewCount; i++)
                {
                    Match(oldUnits[segment.OldStart + i], newUnits[segment.NewStart + i], blocks, outcomes);
                }

                continue;
            }

            foreach (var unit in oldUnits.Skip(segment.OldStart).Take(segment.OldCount))
            {
                if (newKeys.Contains(unit.Key))
                {
                    var revision = new Revision(RevisionKind.MovedFrom, MoveName: MoveName(unit.Key, moveNames));
                    blocks.AddRange(unit.Blocks.Select(b => OwnLists(BlockDiff.Mark(b, revision))));
                }
                else
                {
                    blocks.AddRange(unit.Blocks.Where(IsTracked).Select(b => BlockDiff.Mark(b, Revision.Deleted)));
                    outcomes.Add(new UnitOutcome(unit.Key, UnitChangeKind.Deleted, true, 0, WordsOf(unit)));
                }
            }

            foreach (var unit in newUnits.Skip(segment.NewStart).Take(segment.NewCount))
            {
                if (oldKeys.Contains(unit.Key))
                {
                    Move(oldByKey[unit.Key], unit, MoveName(unit.Key, moveNames), blocks, outcomes);
                }
                else
                {
                    blocks.AddRange(unit.Blocks.Select(b => IsTracked(b) ? BlockDiff.Mark(b, Revision.Inserted) : b));
                    outcomes.Add(new UnitOutcome(unit.Key, UnitChangeKind.Inserted, true, WordsOf(unit), 0));
                }
            }
        }

        cache?.Completed();
        var document = draft with { Blocks = [.. blocks], Footnotes = MergeFootnotes(baseline, draft) };
        return new Redline(document, [.. outcomes]);
    }

    private void Match(Unit oldUnit, Unit newUnit, List<LayoutBlock> blocks, List<UnitOutcome> outcomes)
    {
        if (oldUnit.Blocks is [LayoutTableOfContents oldToc] && newUnit.Blocks is [LayoutTableOfContents newToc])
        {
            // Contents entries are tracked like paragraphs, so rejecting all restores the baseline's contents.
            blocks.Add(newToc with { Entries = [.. new BlockDiff(null, true).Compare(oldToc.Entries, newToc.Entries).Cast<LayoutParagraph>()], IsField = false });
            return;
        }

        var diff = Diff(oldUnit, newUnit, keep: null, showDeletions: true);
        blocks.AddRange(diff.Blocks);
        var textChanged = diff.WordsInserted + diff.WordsDeleted > 0;
        outcomes.Add(new UnitOutcome(newUnit.Key, diff.HasChanges ? UnitChangeKind.Changed : UnitChangeKind.Unchanged,
            textChanged, diff.WordsInserted, diff.WordsDeleted));
    }

    private void Move(Unit oldUnit, Unit newUnit, string name, List<LayoutBlock> blocks, List<UnitOutcome> outcomes)
    {
        // Deleted words stay in the "moved from" copy: a deletion inside the "moved to" range
        // would come back at the new place when the move is rejected.
        var diff = Diff(oldUnit, newUnit, new Revision(RevisionKind.MovedTo, MoveName: name), showDeletions: false);
        blocks.AddRange(diff.Blocks);
        // The diff counts deleted words even though it does not show them here.
        outcomes.Add(new UnitOutcome(newUnit.Key, UnitChangeKind.Moved, diff.WordsInserted + diff.WordsDeleted > 0, diff.WordsInserted, diff.WordsDeleted));
    }

    /// <summary>A matched unit's block and word diff, from the cache when its blocks did not change.</summary>
    private UnitDiff Diff(Unit oldUnit, Unit newUnit, Revision? keep, bool showDeletions)
    {
        UnitDiff Compare()
        {
            var diff = new BlockDiff(keep, showDeletions);
            var marked = diff.Compare(oldUnit.Blocks, newUnit.Blocks);
            return new UnitDiff([.. marked], diff.WordsInserted, diff.WordsDeleted, diff.HasChanges);
        }

        return cache is null ? Compare() : cache.GetOrCompare(newUnit.Key, keep, showDeletions, oldUnit.Blocks, newUnit.Blocks, Compare);
    }

    private static string MoveName(string key, Dictionary<string, string> names)
    {
        if (!names.TryGetValue(key, out var name))
        {
            name = $"move{names.Count + 1}";
            names[key] = name;
        }

        return name;
    }

    /// <summary>The moved-away copy's lists count on their own, not on from the moved-here copy of the same lists.</summary>
    private static LayoutBlock OwnLists(LayoutBlock block) =>
        block is LayoutParagraph { List: { } list } p ? p with { List = list with { InstanceKey = list.InstanceKey + "@moved-from" } } : block;

    private static bool IsTracked(LayoutBlock block) => block is not (LayoutTableOfContents or LayoutPageBreak);

    private static int WordsOf(Unit unit) => unit.Blocks.Sum(BlockDiff.WordsOf);

    /// <summary>Both versions' footnotes: a deleted reference still points at the baseline's note.</summary>
    private static ImmutableArray<LayoutFootnote> MergeFootnotes(LayoutDocument baseline, LayoutDocument draft) =>
        [.. draft.Footnotes.Concat(baseline.Footnotes).DistinctBy(f => f.Key)];
}

/// <summary>The marked document (the draft with every difference as a revision) and what happened to each unit.</summary>
public sealed record Redline(LayoutDocument Document, ImmutableArray<UnitOutcome> Outcomes);
