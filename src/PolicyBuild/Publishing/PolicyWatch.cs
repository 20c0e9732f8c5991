using System.Diagnostics;
using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Templates;

namespace PolicyBuild.Publishing;

/// <summary>
/// <c>watch</c>'s work: builds the policy, then rebuilds it each time something in its folder or in
/// templates/ is saved (after a short quiet spell, as editors save in bursts), telling each step as a
/// <see cref="WatchEvent"/>, until cancelled. A failed build writes nothing and waits for the next save.
/// </summary>
public sealed class PolicyWatch(string policyDirectory, string? templates, BuildOptions options)
{
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(200);

    public TimeSpan Debounce { get; init; } = DefaultDebounce;

    /// <summary>Runs until <paramref name="ct"/> is cancelled (Ctrl+C).</summary>
    public async Task RunAsync(Action<WatchEvent> tell, CancellationToken ct)
    {
        var templateSet = TemplateSet.Locate(templates, policyDirectory);
        var build = new IncrementalPolicyBuild(policyDirectory, templateSet, options);

        // Watch before the first build, so that a save during it is not missed.
        using var feed = new ChangeFeed([policyDirectory, templateSet.Root], options.OutputRoot);
        tell(Build(build, []));
        tell(new WatchStarted(policyDirectory, templateSet.Root));
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

            tell(new WatchChanged(changed));
            tell(Build(build, changed));
        }

        tell(new WatchStopped());
    }

    private WatchEvent Build(IncrementalPolicyBuild build, IReadOnlyList<string> changed)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = build.Build(changed);
            var writing = Stopwatch.GetTimestamp();
            OutputSet.Replace(result.OutputFolder(options), result.Outputs);
            options.StepTimed?.Invoke("write outputs", Stopwatch.GetElapsedTime(writing));
            return new WatchBuilt(result.Outputs, Stopwatch.GetElapsedTime(started));
        }
        catch (PolicyBuildException ex)
        {
            return new WatchFailed(ex.Diagnostics);
        }
    }
}
