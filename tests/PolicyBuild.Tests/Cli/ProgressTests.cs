using PolicyBuild.Cli;

namespace PolicyBuild.Tests.Cli;

/// <summary>Progress of a long run: one line rewritten in place on a terminal, plain lines otherwise, none when quiet or JSON.</summary>
public sealed class ProgressTests
{
    [Fact]
    public void On_a_terminal_progress_is_one_line_rewritten_in_place_and_cleared_before_other_output()
    {
        var (reporter, output) = Reporter(new OutputMode(Terminal: true));

        reporter.Progress("building a (1/2)");
        reporter.Progress("building b (2/2)");
        reporter.Line("wrote x.docx (1 bytes)");

        Assert.Equal("\r\u001b[Kbuilding a (1/2)\r\u001b[Kbuilding b (2/2)\r\u001b[Kwrote x.docx (1 bytes)\n", output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Elsewhere_progress_is_plain_lines()
    {
        var (reporter, output) = Reporter(OutputMode.Plain);

        reporter.Progress("building a (1/2)");
        reporter.Line("wrote x.docx (1 bytes)");

        Assert.Equal(["building a (1/2)", "wrote x.docx (1 bytes)"], output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Quiet_and_json_runs_print_no_progress(bool quiet, bool json)
    {
        var (reporter, output) = Reporter(new OutputMode(Json: json, Quiet: quiet, Terminal: true));

        reporter.Progress("building a (1/2)");

        Assert.Equal(string.Empty, output.ToString());
    }

    private static (Reporter Reporter, StringWriter Output) Reporter(OutputMode mode)
    {
        var output = new StringWriter();
        var reporter = new Reporter(output, new StringWriter());
        reporter.Use(mode);
        return (reporter, output);
    }
}
