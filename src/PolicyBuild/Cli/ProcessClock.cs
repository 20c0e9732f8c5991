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
}
