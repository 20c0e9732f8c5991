using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyBuild.Import.Metadata;

/// <summary>Dates as councils write them: "7 July 2021", "7th July 2021", "July 7, 2021", "07/07/2021" (UK order), "2021-07-07", "July 2021".</summary>
internal static partial class DateText
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The first date in <paramref name="text"/>, or null.</summary>
    public static DateOnly? Find(string text)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            if (Parse(match) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? Parse(Match match)
    {
        var g = match.Groups;
        if (g["iso"].Success)
        {
            return Make(Int(g["iy"]), Int(g["im"]), Int(g["id"]));
        }

        if (g["uk"].Success)
        {
            var year = Int(g["uy"]);
            return Make(year < 100 ? 2000 + year : year, Int(g["um"]), Int(g["ud"]));
        }

        var month = Month(g["month"].Value);
        var day = g["day"].Success ? Int(g["day"]) : g["day2"].Success ? Int(g["day2"]) : 1;
        return month is null ? null : Make(Int(g["year"]), month.Value, day);
    }

    private static int? Month(string name)
    {
        var lower = name.ToLowerInvariant().TrimEnd('.');
        var index = Array.FindIndex(Months, m => m == lower || (lower.Length >= 3 && m.StartsWith(lower, StringComparison.Ordinal)));
        return index < 0 ? null : index + 1;
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"(?<iso>(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2}))|(?<uk>(?<ud>\d{1,2})[/.](?<um>\d{1,2})[/.](?<uy>\d{4}|\d{2}))\b|(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+)?(?<month>[A-Za-z]{3,9}\.?)\s+(?:(?<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?<year>\d{4})")]
    private static partial Regex Pattern();
}
