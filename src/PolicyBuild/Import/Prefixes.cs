using System.Globalization;

namespace PolicyBuild.Import;

/// <summary>
/// File-name prefixes for entries in a new order where some entries keep the prefix they have.
/// The longest run of kept prefixes already in order stays; every other entry gets a prefix between
/// its neighbours (10, 20 … after the last; 25 or 25.5 in a gap), so as few files as possible are renamed.
/// </summary>
internal static class Prefixes
{
    /// <param name="kept">Per entry in the new order: the prefix it has now, or null for a new entry.</param>
    /// <returns>Per entry: its prefix, as written in the file name.</returns>
    public static IReadOnlyList<string> Assign(IReadOnlyList<decimal?> kept)
    {
        var stays = LongestIncreasing(kept);
        var result = new string[kept.Count];
        var lower = 0m;
        for (var i = 0; i < kept.Count;)
        {
            if (stays.Contains(i))
            {
                lower = kept[i]!.Value;
                result[i] = Format(lower);
                i++;
                continue;
            }

            var end = i;
            while (end < kept.Count && !stays.Contains(end))
            {
                end++;
            }

            decimal? upper = end < kept.Count ? kept[end]!.Value : null;
            var values = Between(lower, upper, end - i);
            for (var k = 0; k < values.Count; k++)
            {
                result[i + k] = Format(values[k]);
            }

            lower = values[^1];
            i = end;
        }

        return result;
    }

    private static List<decimal> Between(decimal lower, decimal? upper, int count)
    {
        if (upper is not { } top)
        {
            var start = Math.Floor(lower / 10) * 10;
            return [.. Enumerable.Range(1, count).Select(k => start + (10 * k))];
        }

        for (var places = 0; ; places++)
        {
            var step = (top - lower) / (count + 1);
            var values = Enumerable.Range(1, count).Select(k => Math.Round(lower + (step * k), places, MidpointRounding.AwayFromZero)).ToList();
            if (values.All(v => v > lower && v < top) && values.Distinct().Count() == count)
            {
                return values;
            }
        }
    }

    private static HashSet<int> LongestIncreasing(IReadOnlyList<decimal?> values)
    {
        var indices = Enumerable.Range(0, values.Count).Where(i => values[i] is not null).ToList();
        var length = new int[indices.Count];
        var previous = new int[indices.Count];
        var best = -1;
        for (var a = 0; a < indices.Count; a++)
        {
            (length[a], previous[a]) = (1, -1);
            for (var b = 0; b < a; b++)
            {
                if (values[indices[b]] < values[indices[a]] && length[b] + 1 > length[a])
                {
                    (length[a], previous[a]) = (length[b] + 1, b);
                }
            }

            best = best < 0 || length[a] > length[best] ? a : best;
        }

        var stays = new HashSet<int>();
        for (var at = best; at >= 0; at = previous[at])
        {
            stays.Add(indices[at]);
        }

        return stays;
    }

    private static string Format(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
