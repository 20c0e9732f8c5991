using PolicyBuild.Layout;

namespace PolicyBuild.Diff;

/// <summary>
/// Keeps each matched unit's diff from one comparison to the next (watch), so a save compares again only
/// the units whose blocks changed: a unit's diff is taken from the cache only when its baseline and draft
/// blocks are equal by value (<see cref="BlockEquality"/>) to those it was worked out from, so the cache
/// never needs telling what changed. Holds the last comparison's units only. One comparison at a time.
/// </summary>
public sealed class UnitDiffCache
{
    private readonly Lock _gate = new();
    private Dictionary<DiffKey, Entry> _last = [];
    private Dictionary<DiffKey, Entry> _next = [];
    private int _reused;
    private int _compared;

    /// <summary>How many units the last comparison took from the cache, and how many it compared (for tests).</summary>
    public (int Reused, int Compared) LastCounts { get; private set; }

    /// <summary>The diff of a unit, kept or worked out by <paramref name="compare"/>.</summary>
    internal UnitDiff GetOrCompare(string unitKey, Revision? keep, bool showDeletions, List<LayoutBlock> oldBlocks, List<LayoutBlock> newBlocks, Func<UnitDiff> compare)
    {
        lock (_gate)
        {
            var key = new DiffKey(unitKey, keep, showDeletions);
            if (_last.TryGetValue(key, out var kept) && BlockEquality.Same(kept.Old, oldBlocks) && BlockEquality.Same(kept.New, newBlocks))
            {
                _next[key] = kept;
                _reused++;
                return kept.Diff;
            }

            var diff = compare();
            _next[key] = new Entry([.. oldBlocks], [.. newBlocks], diff);
            _compared++;
            return diff;
        }
    }

    /// <summary>Ends a comparison: what it did not use is forgotten.</summary>
    internal void Completed()
    {
        lock (_gate)
        {
            (_last, _next) = (_next, []);
            LastCounts = (_reused, _compared);
            (_reused, _compared) = (0, 0);
        }
    }

    private readonly record struct DiffKey(string UnitKey, Revision? Keep, bool ShowDeletions);

    private sealed record Entry(LayoutBlock[] Old, LayoutBlock[] New, UnitDiff Diff);
}

/// <summary>One unit's diff: its marked blocks and what changed in it.</summary>
internal sealed record UnitDiff(LayoutBlock[] Blocks, int WordsInserted, int WordsDeleted, bool HasChanges);
