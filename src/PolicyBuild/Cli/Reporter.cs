using System.Globalization;
using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Cli;

/// <summary>
/// Prints diagnostics to standard error in the editor-friendly <c>file:line:col: error: …</c> form,
/// and progress to standard output, as the run's <see cref="OutputMode"/> says; with <c>--json</c> it
/// collects what the run wrote and found for <see cref="Finish"/>.
/// </summary>
public sealed class Reporter(TextWriter output, TextWriter error)
{
    private RunResult _result = RunResult.Empty;
    private bool _liveLine;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Set once the command line is parsed; plain text until then.</summary>
    public OutputMode Mode { get; private set; } = OutputMode.Plain;

    public void Use(OutputMode mode) => Mode = mode;

    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        _result = _result.With(list);
        EndLiveLine();
        foreach (var diagnostic in list.Where(d => d.Severity == Severity.Error || !Mode.Quiet))
        {
            Error.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>Problems found in an output while publishing: printed in their own form, listed in the <c>--json</c> result at the output file.</summary>
    public void Report(IEnumerable<PublishIssue> issues)
    {
        var list = issues.ToList();
        _result = _result.With(list.Select(i => new Diagnostic(i.Severity, new SourceLocation(i.File), i.Place is null ? i.Message : $"{i.Place}: {i.Message}")));
        foreach (var issue in list.Where(i => i.IsError || !Mode.Quiet))
        {
            Error.WriteLine(issue.ToString());
        }
    }

    /// <summary>An error of the run rather than of a file: printed <c>error: message</c>, listed in the <c>--json</c> errors.</summary>
    public void Fail(string message) => Report([Diagnostic.Error(message)]);

    /// <summary>
    /// The last resort for an exception no command expected: one <c>error:</c> line (located when the
    /// exception carries diagnostics) and exit 1; the stack trace only under <c>--verbose</c>.
    /// </summary>
    public int Crashed(Exception exception)
    {
        if (exception is PolicyBuildException located)
        {
            Report(located.Diagnostics);
        }
        else
        {
            Fail(UnexpectedFailure.Describe(exception));
        }

        if (Mode.Verbose)
        {
            Error.WriteLine(exception.ToString());
        }

        return Finish(ExitCodes.ContentError);
    }

    /// <summary>A line of progress; nothing under <c>--quiet</c>, and nothing with <c>--json</c> (stdout holds only the document).</summary>
    public void Line(string text)
    {
        if (!Mode.Quiet && !Mode.Json)
        {
            EndLiveLine();
            Output.WriteLine(text);
        }
    }

    /// <summary>
    /// What a long run is doing now: on a terminal one line rewritten in place (the next output clears it),
    /// otherwise a plain line; nothing under <c>--quiet</c> or <c>--json</c>.
    /// </summary>
    public void Progress(string text)
    {
        if (Mode.Quiet || Mode.Json)
        {
            return;
        }

        if (!Mode.Terminal)
        {
            Output.WriteLine(text);
            return;
        }

        Output.Write($"\r\u001b[K{text}");
        Output.Flush();
        _liveLine = true;
    }

    private void EndLiveLine()
    {
        if (_liveLine)
        {
            Output.Write("\r\u001b[K");
            _liveLine = false;
        }
    }

    /// <summary>A file the run wrote: printed as <c>wrote path (N bytes)</c>, and listed in the <c>--json</c> result.</summary>
    public void Wrote(OutputFile file) => Wrote(file.Path, file.Kind, file.Content.Length);

    public void Wrote(string path, string kind, long bytes)
    {
        path = path.Replace('\\', '/');
        _result = _result.With(new RunOutput(path, kind, bytes));
        Line(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({bytes:N0} bytes)"));
    }

    /// <summary>How long a step took, under <c>--verbose</c>; to standard error so <c>--json</c> output stays clean.</summary>
    public void Timing(string step, TimeSpan elapsed)
    {
        if (Mode.Verbose)
        {
            Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time: {step}: {elapsed.TotalMilliseconds:0.0} ms"));
        }
    }

    /// <summary>
    /// Under <c>--verbose</c>, what the garbage collector cost the run: a collection stops every thread,
    /// so its pauses lengthen each step they fall in.
    /// </summary>
    public void MemoryUse()
    {
        if (Mode.Verbose)
        {
            Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"time: garbage collection: {GC.GetTotalPauseDuration().TotalMilliseconds:0.0} ms paused in {GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} of generation 1, {GC.CollectionCount(2)} of generation 2); {GC.GetTotalAllocatedBytes() / (1024.0 * 1024.0):0} MB allocated"));
        }
    }

    /// <summary>Ends a command: with <c>--json</c>, writes the result document; returns <paramref name="exitCode"/>.</summary>
    public int Finish(int exitCode)
    {
        EndLiveLine();
        if (Mode.Json)
        {
            Output.WriteLine(RunResultJson.Serialize(_result, exitCode == ExitCodes.Ok));
        }

        return exitCode;
    }
}
