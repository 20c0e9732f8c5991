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
        var segments = new List<Segment>();
        if (oldKeys.Count == 0 || newKeys.Count == 0)
        {
            if (oldKeys.Count + newKeys.Count > 0)
            {
                segments.Add(new Segment(false, 0, oldKeys.Count, 0, newKeys.Count));
            }

            return segments;
        }

        var chunker = new KeyChunker(oldKeys, newKeys);
        var result = Differ.Instance.CreateDiffs(KeyChunker.OldText, KeyChunker.NewText, false, false, chunker);
        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            if (block.DeleteStartA > a)
            {
                segments.Add(new Segment(true, a, block.DeleteStartA - a, b, block.DeleteStartA - a));
            }

            segments.Add(new Segment(false, block.DeleteStartA, block.DeleteCountA, block.InsertStartB, block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }

        if (a < oldKeys.Count)
        {
            segments.Add(new Segment(true, a, oldKeys.Count - a, b, newKeys.Count - b));
        }

        return segments;
    }

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
