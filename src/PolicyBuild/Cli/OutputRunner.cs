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
        PublishRun run;
        try
        {
            run = await new Publisher(libreOffice)
                .RunAsync(policies, directory => new Toolchain(TemplateSet.Locate(templates, directory)), options, ct)
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
            reporter.Error.WriteLine($"error: {ex.Message}");
            return Failed(verb);
        }
        catch (TimeoutException ex)
        {
            reporter.Error.WriteLine($"error: LibreOffice did not start: {ex.Message}");
            return Failed(verb);
        }

        Print(run.Warnings);

        // Only now, with every output built and checked, is anything written (each policy's manifest last).
        foreach (var policy in run.Policies)
        {
            AtomicFileWriter.WriteAll(policy.Outputs);
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

    /// <summary>Errors always; warnings unless <c>--quiet</c>.</summary>
    private void Print(IEnumerable<PublishIssue> issues)
    {
        foreach (var issue in issues.Where(i => i.IsError || !reporter.Mode.Quiet))
        {
            reporter.Error.WriteLine(issue.ToString());
        }
    }

    private int Failed(string verb)
    {
        reporter.Line($"{verb} failed: nothing was written");
        return reporter.Finish(ExitCodes.ContentError);
    }
}
