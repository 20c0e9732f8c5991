using System.Diagnostics;
using System.Globalization;
using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Publishing.Pdf;
using PolicyBuild.Templates;

namespace PolicyBuild.Cli;

/// <summary>
/// Runs <c>build</c> or <c>publish</c>: everything is built, checked and converted in memory first,
/// and written only when all of it succeeded; any failure writes nothing and exits 1.
/// </summary>
public sealed class OutputRunner(Reporter reporter, LibreOfficeSource libreOffice)
{
    /// <param name="verb">"build" or "publish", for messages.</param>
    public async Task<int> RunAsync(IReadOnlyList<string> policies, BuildOptions options, string? templates, string verb, CancellationToken ct)
    {
        if (policies.Count == 0)
        {
            reporter.Report([Diagnostic.Error(new SourceLocation(PolicyDiscovery.DefaultSourceRoot), "no policies found: name a policy folder, or run from the folder that holds policy-src/")]);
            return reporter.Finish(ExitCodes.UsageError);
        }

        var started = Stopwatch.GetTimestamp();
        // Long runs (several policies, or PDFs through LibreOffice) say what they are doing as they go.
        if (policies.Count > 1 || options.Pdf)
        {
            options = options with { Progress = reporter.Progress };
        }

        PublishRun run;
        try
        {
            run = await new Publisher(libreOffice)
                .RunAsync(policies, new ToolchainCache(templates).For, options, ct)
                .ConfigureAwait(false);
        }
        catch (PolicyBuildException ex)
        {
            reporter.Report(ex.Diagnostics);
            return Failed(verb);
        }
        catch (PublishException ex)
        {
            Print(ex.Issues);

            return Failed(verb);
        }
        catch (LibreOfficeException ex)
        {
            // Not installed (the message says how to install it), or it would not start.
            reporter.Fail(ex.Message);
            return Failed(verb);
        }
        catch (TimeoutException ex)
        {
            reporter.Fail($"LibreOffice did not start: {ex.Message}");
            return Failed(verb);
        }

        Print(run.Warnings);
        reporter.Report(run.Policies.SelectMany(p => p.Result.Warnings ?? []));

        if (SharedFolders(run, options) is { } clash)
        {
            reporter.Fail(clash);
            return Failed(verb);
        }

        // Only now, with every output built and checked, is anything written: each policy's folder replaced whole.
        var step = FaultInjection.FromEnvironment(reporter.Error);
        foreach (var policy in run.Policies)
        {
            var folder = policy.Result.OutputFolder(options);
            try
            {
                OutputSet.Replace(folder, policy.Outputs, step, () =>
                {
                    if (!reporter.Mode.Quiet)
                    {
                        reporter.Error.WriteLine($"waiting for another run writing {DisplayPath.Of(folder)}…");
                    }
                });
            }
            catch (PolicyBuildException ex)
            {
                reporter.Report(ex.Diagnostics);
                reporter.Line($"{verb} failed: {DisplayPath.Of(folder)} was left as it was");
                return reporter.Finish(ExitCodes.ContentError);
            }

            foreach (var file in policy.Outputs)
            {
                reporter.Wrote(file);
            }

            if (policy.Result.Changes is { } changes)
            {
                ChangeReport.Print(changes, reporter);
            }
        }

        if (run.Pdf is { } pdf)
        {
            reporter.Line(string.Create(CultureInfo.InvariantCulture,
                $"pdf: {pdf.Pdfs.Count} documents converted in one {pdf.LibreOfficeVersion} session in {pdf.Converting.TotalSeconds:0.00} s (waited {pdf.WaitedForStart.TotalSeconds:0.00} s for it to start)"));
            reporter.Timing("pdf: waiting for LibreOffice to start", pdf.WaitedForStart);
            reporter.Timing("pdf: converting", pdf.Converting);
        }

        reporter.Timing(verb, Stopwatch.GetElapsedTime(started));
        return reporter.Finish(ExitCodes.Ok);
    }

    /// <summary>Two policies of one run with the same short-name would replace each other's outputs.</summary>
    private static string? SharedFolders(PublishRun run, BuildOptions options) =>
        run.Policies.GroupBy(p => Path.GetFullPath(p.Result.OutputFolder(options)), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{string.Join(" and ", g.Select(p => DisplayPath.Of(p.Result.PolicyDirectory)))} have the same short-name '{g.First().Result.Policy.Metadata.ShortName}': their outputs would replace each other; give each its own")
            .FirstOrDefault();

    /// <summary>Errors always; warnings unless <c>--quiet</c>.</summary>
    private void Print(IEnumerable<PublishIssue> issues)
    {
        reporter.Report(issues);
    }

    private int Failed(string verb)
    {
        reporter.Line($"{verb} failed: nothing was written");
        return reporter.Finish(ExitCodes.ContentError);
    }
}
