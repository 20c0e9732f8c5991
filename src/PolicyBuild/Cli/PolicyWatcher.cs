using System.Diagnostics;
using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Templates;

namespace PolicyBuild.Cli;

/// <summary>
/// <c>watch</c>: builds the policy, then rebuilds it each time something in its folder or in
/// templates/ is saved (after a short quiet spell, as editors save in bursts), printing what
/// changed and what was written or went wrong, until cancelled.
/// </summary>
public sealed class PolicyWatcher(string policyDirectory, string? templates, BuildOptions options, Reporter reporter)
{
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(200);

    public TimeSpan Debounce { get; init; } = DefaultDebounce;

    /// <summary>Runs until <paramref name="ct"/> is cancelled (Ctrl+C); a failed build waits for the next change.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var templateSet = TemplateSet.Locate(templates, policyDirectory);

        // Watch before the first build, so that a save during it is not missed.
        using var feed = new ChangeFeed([policyDirectory, templateSet.Root], options.OutputRoot);
        Build(templateSet);
        reporter.Line($"watching {DisplayPath.Of(policyDirectory)} and {DisplayPath.Of(templateSet.Root)} (Ctrl+C to stop)");
        while (!ct.IsCancellationRequested)
        {
            IReadOnlyList<string> changed;
            try
            {
                changed = await feed.NextAsync(Debounce, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            reporter.Line($"changed: {string.Join(", ", changed.Select(DisplayPath.Of))}");
            Build(templateSet);
        }

        reporter.Line("stopped watching");
        return ExitCodes.Ok;
    }

    private void Build(TemplateSet templateSet)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            // A fresh toolchain each time, so that edited templates are read again.
            var result = new PolicyPackBuilder(new Toolchain(templateSet)).Build(policyDirectory, options);
            OutputSet.Replace(result.OutputFolder(options), result.Outputs);
            foreach (var file in result.Outputs)
            {
                reporter.Wrote(file);
            }

            reporter.Line($"built in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s");
        }
        catch (PolicyBuildException ex)
        {
            reporter.Report(ex.Diagnostics);
            reporter.Line("build failed: nothing was written; waiting for the next change");
        }
    }
}
