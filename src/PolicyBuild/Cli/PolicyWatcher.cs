using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Cli;

/// <summary><c>watch</c> on the console: runs <see cref="PolicyWatch"/> and prints each of its events as lines.</summary>
public sealed class PolicyWatcher(string policyDirectory, string? templates, BuildOptions options, Reporter reporter)
{
    public TimeSpan Debounce { get; init; } = PolicyWatch.DefaultDebounce;

    /// <summary>Runs until <paramref name="ct"/> is cancelled (Ctrl+C); exits 0.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await new PolicyWatch(policyDirectory, templates, options) { Debounce = Debounce }.RunAsync(Print, ct).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private void Print(WatchEvent change)
    {
        switch (change)
        {
            case WatchBuilt built:
                foreach (var file in built.Outputs)
                {
                    reporter.Wrote(file);
                }

                reporter.Line($"built in {built.Elapsed.TotalSeconds:0.00} s");
                break;
            case WatchFailed failed:
                reporter.Report(failed.Diagnostics);
                reporter.Line("build failed: nothing was written; waiting for the next change");
                break;
            case WatchStarted started:
                reporter.Line($"watching {DisplayPath.Of(started.PolicyDirectory)} and {DisplayPath.Of(started.TemplatesRoot)} (Ctrl+C to stop)");
                break;
            case WatchChanged changed:
                reporter.Line($"changed: {string.Join(", ", changed.Paths.Select(DisplayPath.Of))}");
                break;
            case WatchStopped:
                reporter.Line("stopped watching");
                break;
        }
    }
}
