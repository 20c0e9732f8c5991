using System.Text.RegularExpressions;

namespace PolicyBuild.Import.Metadata;

/// <summary>
/// The review cycle and next review date from "Review: Every three years; next review by 31 July
/// 2024" (our template's line) or separate labels; a missing one is worked out from the other
/// and the adoption date, and marked as a guess.
/// </summary>
internal static partial class ReviewGuess
{
    private static readonly string[] Counts = ["", "annually", "every two years", "every three years", "every four years", "every five years"];

    public static (MetadataValue<string> Cycle, MetadataValue<DateOnly> Next) Complete(LabelledValues values, DateOnly adopted)
    {
        var cycleText = values.Get(MetadataLabels.ReviewCycle) is { } review ? CyclePart(review) : null;
        var next = values.Get(MetadataLabels.ReviewNext) is { } text ? DateText.Find(text) : null;
        if (cycleText is not null && next is { } date)
        {
            return (MetadataValue<string>.Found(cycleText), MetadataValue<DateOnly>.Found(date));
        }

        if (cycleText is not null)
        {
            return (MetadataValue<string>.Found(cycleText), new(adopted.AddYears(YearsOf(cycleText)), "the adoption date plus the review cycle"));
        }

        if (next is { } known)
        {
            var years = Math.Clamp(known.Year - adopted.Year, 1, Counts.Length - 1);
            return (new(Counts[years], "the years between adoption and the next review"), MetadataValue<DateOnly>.Found(known));
        }

        return (new(Counts[3], "a common review cycle"), new(adopted.AddYears(3), "the adoption date plus three years"));
    }

    /// <summary>"every three years" from "Every three years; next review by …"; null when the text is only a date.</summary>
    private static string? CyclePart(string review)
    {
        var cycle = review.Split(';')[0].Trim();
        cycle = NextReview().Replace(cycle, string.Empty).Trim().TrimEnd(',', '.').Trim();
        if (cycle.Length == 0 || DateText.Find(cycle) is not null)
        {
            return null;
        }

        // The template capitalises the cycle at the start of its line; policy.yml keeps it as written in a sentence.
        return char.ToLowerInvariant(cycle[0]) + cycle[1..];
    }

    private static int YearsOf(string cycle)
    {
        var lower = cycle.ToLowerInvariant();
        if (lower.Contains("annual", StringComparison.Ordinal) || lower.Contains("every year", StringComparison.Ordinal) || lower.Contains("yearly", StringComparison.Ordinal))
        {
            return 1;
        }

        var index = Array.FindIndex(Counts, c => c.Length > 0 && lower.Contains(c.Replace("every ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
        return index > 0 ? index : Digits().Match(lower) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : 3;
    }

    [GeneratedRegex(@"next review.*$", RegexOptions.IgnoreCase)]
    private static partial Regex NextReview();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
