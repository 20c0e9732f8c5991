using DiffPlex;
using DiffPlex.Chunkers;

namespace PolicyBuild.Diff;

/// <summary>
/// Runs DiffPlex over sequences of keys (tokens, block signatures, unit keys) and reports
/// equal and changed stretches in order.
/// </summary>
internal static class SequenceDiff
{
    /// <summary>One stretch: <c>OldCount</c> items from <c>OldStart</c> replaced by <c>NewCount</c> from <c>NewStart</c>, or equal.</summary>
    public readonly record struct Segment(bool IsEqual, int OldStart, int OldCount, int NewStart, int NewCount);

    public static List<Segment> Compare(IReadOnlyList<string> oldKeys, IReadOnlyList<string> newKeys)
    {
        // The common start and end are equal stretches without asking DiffPlex, which would hash every key
        // of both sides first: a renumbered clause differs in one number, a long unit list in a few units.
        var (prefix, suffix) = CommonEnds.Of(oldKeys, newKeys, (a, b) => string.Equals(a, b, StringComparison.Ordinal));

        var segments = new List<Segment>();
        if (prefix > 0)
        {
            segments.Add(new Segment(true, 0, prefix, 0, prefix));
        }

        var oldMiddle = oldKeys.Count - prefix - suffix;
        var newMiddle = newKeys.Count - prefix - suffix;
        if (oldMiddle == 0 || newMiddle == 0)
        {
            if (oldMiddle + newMiddle > 0)
            {
                segments.Add(new Segment(false, prefix, oldMiddle, prefix, newMiddle));
            }
        }
        else
        {
            AddMiddle(segments, Slice(oldKeys, prefix, oldMiddle), Slice(newKeys, prefix, newMiddle), prefix);
        }

        if (suffix > 0)
        {
            segments.Add(new Segment(true, oldKeys.Count - suffix, suffix, newKeys.Count - suffix, suffix));
        }

        return segments;
    }

    /// <summary>DiffPlex's stretches of two middles that differ at both ends, placed at <paramref name="offset"/>.</summary>
    private static void AddMiddle(List<Segment> segments, IReadOnlyList<string> oldKeys, IReadOnlyList<string> newKeys, int offset)
    {
        var chunker = new KeyChunker(oldKeys, newKeys);
        var result = Differ.Instance.CreateDiffs(KeyChunker.OldText, KeyChunker.NewText, false, false, chunker);
        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            if (block.DeleteStartA > a)
            {
                segments.Add(new Segment(true, offset + a, block.DeleteStartA - a, offset + b, block.DeleteStartA - a));
            }

            segments.Add(new Segment(false, offset + block.DeleteStartA, block.DeleteCountA, offset + block.InsertStartB, block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }

        if (a < oldKeys.Count)
        {
            segments.Add(new Segment(true, offset + a, oldKeys.Count - a, offset + b, newKeys.Count - b));
        }
    }

    private static IReadOnlyList<string> Slice(IReadOnlyList<string> keys, int start, int count) =>
        start == 0 && count == keys.Count ? keys : keys.Skip(start).Take(count).ToArray();

    /// <summary>
    /// Hands DiffPlex the keys as they are, one piece per key: DiffPlex diffs texts its chunker splits, and
    /// joining the keys into one text to split them again cost a string per key twice over (and a key holding
    /// the joining character would have split in two).
    /// </summary>
    private sealed class KeyChunker(IReadOnlyList<string> oldKeys, IReadOnlyList<string> newKeys) : IChunker
    {
        public const string OldText = "old";
        public const string NewText = "new";

        public IReadOnlyList<string> Chunk(string text) => ReferenceEquals(text, OldText) ? oldKeys : newKeys;
    }
}
