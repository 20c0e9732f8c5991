using System.Diagnostics;

namespace PolicyBuild.Cli;

/// <summary>Time since the process started, for <c>--verbose</c>: what start-up costs before any work.</summary>
public static class ProcessClock
{
    public static TimeSpan SinceStart()
    {
        using var process = Process.GetCurrentProcess();
        return DateTime.Now - process.StartTime;
    }

    /// <summary>Prints the start-up time under <c>--verbose</c> (reading it costs a little, so only then).</summary>
    public static void Report(Reporter reporter)
    {
        if (reporter.Mode.Verbose)
        {
            reporter.Timing("start-up (process start to command)", SinceStart());
        }
    }
}
