namespace PolicyBuild.Import;

/// <summary>
/// A text's words with their counts, made once, so that comparing every clause of one version with
/// every clause of the other stays fast (1,000 × 1,000 pairs): the Dice coefficient of
/// <see cref="PolicyBuild.Diff.Similarity"/>, without splitting the texts again for each pair.
/// </summary>
internal sealed class WordBag
{
    private readonly Dictionary<string, int> _counts;

    public WordBag(string text)
    {
        var words = text.Split([' ', '\t', '\n', '|'], StringSplitOptions.RemoveEmptyEntries);
        Length = words.Length;
        _counts = words.Select(w => w.ToLowerInvariant()).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    public int Length { get; }

    /// <summary>0 for no word in common, 1 for the same words.</summary>
    public double Similarity(WordBag other)
    {
        if (Length + other.Length == 0)
        {
            return 1;
        }

        var (small, large) = _counts.Count <= other._counts.Count ? (_counts, other._counts) : (other._counts, _counts);
        var common = small.Sum(w => large.TryGetValue(w.Key, out var n) ? Math.Min(n, w.Value) : 0);
        return 2.0 * common / (Length + other.Length);
    }
}
