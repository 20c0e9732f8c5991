namespace PolicyBuild.Diff;

/// <summary>
/// How alike two texts are (Dice coefficient over words, 0 to 1). Decides whether a changed
/// row or paragraph is shown as edited in place or as deleted and inserted whole.
/// </summary>
internal static class Similarity
{
    /// <summary>Below this, an edit would touch most words: a whole replacement reads better.</summary>
    public const double PairThreshold = 0.4;

    public static double Of(string a, string b)
    {
        var left = Words(a);
        var right = Words(b);
        if (left.Count + right.Count == 0)
        {
            return 1;
        }

        var counts = left.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var common = 0;
        foreach (var word in right)
        {
            if (counts.TryGetValue(word, out var n) && n > 0)
            {
                counts[word] = n - 1;
                common++;
            }
        }

        return 2.0 * common / (left.Count + right.Count);
    }

    private static List<string> Words(string text) =>
        text.Split([' ', '\t', '\n', '|'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();
}
