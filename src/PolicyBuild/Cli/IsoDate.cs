using System.Globalization;

namespace PolicyBuild.Cli;

/// <summary>Dates on the command line (<c>--date</c>, <c>--today</c>) are written YYYY-MM-DD, as in policy.yml.</summary>
public static class IsoDate
{
    /// <summary>The date, or null when <paramref name="text"/> is not a YYYY-MM-DD date.</summary>
    public static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
