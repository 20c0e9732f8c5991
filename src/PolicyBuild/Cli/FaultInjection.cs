namespace PolicyBuild.Cli;

/// <summary>
/// For the write-phase fault tests: with <c>POLICYBUILD_PAUSE_AT_WRITE_STEP=N</c> a run stops at
/// the Nth step of writing its outputs (each staged file, then the swap), says so on standard
/// error and waits to be killed, so a test can kill it at a known point. Unset, it does nothing.
/// </summary>
public static class FaultInjection
{
    public const string Variable = "POLICYBUILD_PAUSE_AT_WRITE_STEP";

    public static Action<string>? FromEnvironment(TextWriter error)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(Variable), out var pauseAt) || pauseAt <= 0)
        {
            return null;
        }

        var count = 0;
        return step =>
        {
            if (Interlocked.Increment(ref count) == pauseAt)
            {
                error.WriteLine($"paused at write step {pauseAt}: {step}");
                error.Flush();
                Thread.Sleep(Timeout.Infinite);
            }
        };
    }
}
