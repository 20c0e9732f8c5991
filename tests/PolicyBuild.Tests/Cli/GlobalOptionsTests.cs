using System.Text.Json;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Cli;

/// <summary>The global options: <c>--json</c> result schema, <c>--quiet</c>, <c>--verbose</c>; exit codes and help.</summary>
public class GlobalOptionsTests
{
    private static readonly string Templates = RepositoryPaths.Templates;

    [Fact]
    public void Build_json_is_the_only_thing_on_stdout_and_lists_every_output_with_kind_and_size()
    {
        using var temp = new TempDirectory();

        var run = CliRun.Of("--json", "build", RepositoryPaths.SamplePolicy, "--out", temp.Path, "--templates", Templates);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(["ok", "outputs", "warnings", "errors"], root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("ok").GetBoolean());
        var outputs = root.GetProperty("outputs").EnumerateArray().ToList();
        Assert.Equal(["policy", "marked-revisions", "changes", "report", "pack"], outputs.Select(o => o.GetProperty("kind").GetString()));
        foreach (var output in outputs)
        {
            Assert.Equal(["path", "kind", "bytes"], output.EnumerateObject().Select(p => p.Name));
            Assert.Equal(new FileInfo(output.GetProperty("path").GetString()!).Length, output.GetProperty("bytes").GetInt64());
        }

        Assert.Equal(0, root.GetProperty("warnings").GetArrayLength());
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void A_failed_build_json_has_ok_false_and_located_errors()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "See [](#nope).")).WriteTo(temp.Combine("p"));

        var run = CliRun.Of("build", dir, "--out", temp.Combine("out"), "--templates", Templates, "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("outputs").GetArrayLength());
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.EndsWith("p/10-intro/10-purpose.md", error.GetProperty("file").GetString());
        Assert.Equal((1, 5), (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));
        Assert.StartsWith("unknown cross-reference '#nope'", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(false, true, "warnings")]
    [InlineData(true, false, "errors")]
    public void Check_json_lists_the_reviewer_warnings_or_under_strict_errors(bool strict, bool ok, string list)
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "As clause 1.1 says.")).WriteTo(temp.Combine("p"));

        var run = CliRun.Of(["check", dir, "--today", "2021-01-01", "--json", .. strict ? new[] { "--strict" } : []]);

        Assert.Equal(ok ? 0 : 1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(ok, json.RootElement.GetProperty("ok").GetBoolean());
        var item = Assert.Single(json.RootElement.GetProperty(list).EnumerateArray());
        Assert.Equal(["file", "line", "column", "message"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal((1, 4), (item.GetProperty("line").GetInt32(), item.GetProperty("column").GetInt32()));
        Assert.Equal(0, json.RootElement.GetProperty(ok ? "errors" : "warnings").GetArrayLength());
    }

    [Fact]
    public void Quiet_prints_only_errors()
    {
        using var temp = new TempDirectory();
        var good = new TestPolicy().Section("intro", "Introduction", ("purpose", "As clause 1.1 says.")).WriteTo(temp.Combine("good"));
        var bad = new TestPolicy().Section("intro", "Introduction", ("purpose", "See [](#nope).")).WriteTo(temp.Combine("bad"));

        var quietGood = CliRun.Of("check", good, "--today", "2021-01-01", "--quiet");
        var quietBuild = CliRun.Of("build", good, "--out", temp.Combine("out"), "--templates", Templates, "--quiet");
        var quietBad = CliRun.Of("check", bad, "--quiet");

        Assert.Equal((0, "", ""), (quietGood.ExitCode, quietGood.Output, quietGood.Error));
        Assert.Equal((0, "", ""), (quietBuild.ExitCode, quietBuild.Output, quietBuild.Error));
        Assert.True(File.Exists(temp.Combine("out", "test-policy", "test-policy.docx")));
        Assert.Equal(1, quietBad.ExitCode);
        Assert.Contains("error: unknown cross-reference '#nope'", quietBad.Error);
        Assert.DoesNotContain("warning:", quietBad.Error);
    }

    [Fact]
    public void Verbose_adds_timings_on_stderr_and_leaves_stdout_alone()
    {
        var plain = CliRun.Of("check", RepositoryPaths.SamplePolicy, "--today", "2021-07-07");
        var verbose = CliRun.Of("check", RepositoryPaths.SamplePolicy, "--today", "2021-07-07", "--verbose");

        Assert.True(verbose.ExitCode == 0, verbose.ToString());
        Assert.Equal(plain.Output, verbose.Output);
        foreach (var step in new[] { "start-up (process start to command)", $"load {RepositoryPaths.SamplePolicy}", $"lint {RepositoryPaths.SamplePolicy}", "check" })
        {
            Assert.Matches($@"(?m)^time: {System.Text.RegularExpressions.Regex.Escape(step)}: \d+\.\d ms$", verbose.Error);
        }
    }

    [Fact]
    public void Help_documents_the_exit_codes_and_every_workflow_command()
    {
        var run = CliRun.Of("--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Exit codes: 0 ok; 1 content errors", run.Output);
        Assert.Contains("2 usage errors", run.Output);
        foreach (var option in new[] { "--json", "--quiet", "--verbose" })
        {
            Assert.Contains(option, run.Output);
        }

        foreach (var command in new[] { "init", "check", "renumber", "diff", "watch" })
        {
            Assert.Matches($@"(?m)^\s+{command}\s", run.Output);
            var help = CliRun.Of(command, "--help");
            Assert.True(help.ExitCode == 0, help.ToString());
            Assert.Contains($"Example: policybuild {command} ", help.Output);
        }
    }

    [Theory]
    [InlineData("renumber")]
    [InlineData("diff")]
    [InlineData("watch")]
    [InlineData("init")]
    [InlineData("check", "--today")]
    [InlineData("init", "x", "--date")]
    public void A_missing_argument_is_a_usage_error(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Run 'policybuild --help' for usage.", run.Error);
    }
}
