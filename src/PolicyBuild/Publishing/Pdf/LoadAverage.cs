using System.Globalization;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>The machine's load average, as the kernel tells it in /proc/loadavg (Linux only).</summary>
internal static class LoadAverage
{
    private const string LinuxLoadAverage = "/proc/loadavg";

    /// <summary>Runnable processes on average over the last minute; null where the kernel does not say.</summary>
    public static double? OneMinute()
    {
        try
        {
            return Parse(File.ReadAllText(LinuxLoadAverage));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The first field of /proc/loadavg ("0.52 0.58 0.59 1/467 12345"); null if it is not a number.</summary>
    internal static double? Parse(string text)
    {
        var first = text.AsSpan().Trim();
        var end = first.IndexOf(' ');
        return double.TryParse(end < 0 ? first : first[..end], NumberStyles.Float, CultureInfo.InvariantCulture, out var load) && load >= 0
            ? load
            : null;
    }
}
