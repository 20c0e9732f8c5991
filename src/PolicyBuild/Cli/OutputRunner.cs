using System.Diagnostics;
using System.Globalization;
using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing;
using PolicyBuild.Publishing.Pdf;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Cli;

/// <summary>
/// <c>build</c> or <c>publish</c> on the console: runs <see cref="OutputRun"/>, prints its events and
/// outcome as lines, and turns the outcome into an exit code (any failure: 1).
/// </summary>
public sealed class OutputRunner(Reporter reporter, LibreOfficeSource libreOffice)
{
    /// <param name="policies">The policy folders, in the order their outputs are written; none is a usage error.</param>
    /// <param name="options">What was asked for; a long run also gets progress lines.</param>
    /// <param name="templates">The <c>--templates</c> folder, or null to find <c>templates/</c> from each policy.</param>
    /// <param name="verb">"build" or "publish", for messages.</param>
    /// <param name="ct">Cancels building and converting; the outputs, once being written, are written.</param>
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

        var outcome = await new OutputRun(libreOffice)
            .RunAsync(policies, options, new ToolchainCache(templates).For, FaultInjection.FromEnvironment(reporter.Error), Print, ct)
            .ConfigureAwait(false);
        switch (outcome)
        {
            case OutputRunRefused refused:
                reporter.Report(refused.Diagnostics);
                return Failed(verb);
            case OutputRunUnpublishable unpublishable:
                reporter.Report(unpublishable.Issues);
                return Failed(verb);
            case OutputRunFailed failed:
                reporter.Fail(failed.Message);
                return Failed(verb);
            case OutputRunWriteFailed writeFailed:
                reporter.Report(writeFailed.Diagnostics);
                reporter.Line($"{verb} failed: {DisplayPath.Of(writeFailed.Folder)} was left as it was");
                return reporter.Finish(ExitCodes.ContentError);
        }

        if (outcome is OutputRunWritten { Run.Pdf: { } pdf })
        {
            reporter.Line(string.Create(CultureInfo.InvariantCulture,
                $"pdf: {pdf.Pdfs.Count} documents converted in {(pdf.Sessions == 1 ? "one" : pdf.Sessions.ToString(CultureInfo.InvariantCulture))} {pdf.LibreOfficeVersion} session{(pdf.Sessions == 1 ? "" : "s")} in {pdf.Converting.TotalSeconds:0.00} s (waited {pdf.WaitedForStart.TotalSeconds:0.00} s for {(pdf.Sessions == 1 ? "it" : "the first")} to start)"));
            reporter.Timing("pdf: waiting for LibreOffice to start", pdf.WaitedForStart);
            reporter.Timing("pdf: converting", pdf.Converting);
        }

        reporter.Timing(verb, Stopwatch.GetElapsedTime(started));
        reporter.MemoryUse();
        return reporter.Finish(ExitCodes.Ok);
    }

    private void Print(OutputRunEvent step)
    {
        switch (step)
        {
            case OutputsBuilt built:
                // Accessibility warnings (unless --quiet), then each policy's own.
                reporter.Report(built.Run.Warnings);
                reporter.Report(built.Run.Policies.SelectMany(p => p.Result.Warnings ?? []));
                break;
            case WaitingForOutputFolder waiting when !reporter.Mode.Quiet:
                reporter.Error.WriteLine($"waiting for another run writing {DisplayPath.Of(waiting.Folder)}…");
                break;
            case PolicyWritten written:
                foreach (var file in written.Policy.Outputs)
                {
                    reporter.Wrote(file);
                }

                if (written.Policy.Result.Changes is { } changes)
                {
                    ChangeReport.Print(changes, reporter);
                }

                break;
        }
    }

    private int Failed(string verb)
    {
        reporter.Line($"{verb} failed: nothing was written");
        return reporter.Finish(ExitCodes.ContentError);
    }
}
