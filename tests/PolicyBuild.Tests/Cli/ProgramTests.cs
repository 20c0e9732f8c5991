using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Cli;

/// <summary>The command line itself: help, version, usage errors and <c>check</c>.</summary>
public class ProgramTests
{
    private static readonly string Templates = RepositoryPaths.Templates;

    [Fact]
    public void Help_exits_0_and_lists_the_commands()
    {
        var run = CliRun.Of("--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"(?m)^\s+build\s", run.Output);
        Assert.Matches(@"(?m)^\s+check\s", run.Output);
        Assert.Matches(@"(?m)^\s+reference-docx\s", run.Output);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Build_help_lists_its_options()
    {
        var run = CliRun.Of("build", "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var option in new[] { "--out", "--baseline", "--author", "--date", "--templates" })
        {
            Assert.Contains(option, run.Output);
        }
    }

    [Fact]
    public void Version_exits_0_and_prints_a_version()
    {
        var run = CliRun.Of("--version");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^\d+\.\d+", run.Output.Trim());
    }

    [Theory]
    [InlineData("--frobnicate", "--frobnicate")]
    [InlineData("--frobnicate", "build", "--frobnicate")]
    [InlineData("buidl", "buidl")]
    [InlineData("--out", "check", "--out")]
    [InlineData("--outt", "build", "--outt", "out")]
    public void Unknown_option_or_command_exits_2_with_usage_hint(string unknown, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: ", run.Error);
        Assert.Contains($"'{unknown}'", run.Error);
        Assert.Contains("Run 'policybuild --help' for usage.", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Check_of_the_sample_exits_0_and_counts_sections_and_clauses()
    {
        // --today: the sample's review date (2024-07-31) has passed, which check now warns of.
        var run = CliRun.Of("check", RepositoryPaths.SamplePolicy, "--templates", Templates, "--today", "2021-07-07");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"ok: {RepositoryPaths.SamplePolicy}: 7 sections, 67 clauses", run.Output.Trim());
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Check_of_a_broken_policy_exits_1_with_located_errors()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .WithMetadata(TestPolicy.Metadata(status: "final"))
            .Section("intro", "Introduction", ("purpose", "See [](#nope)."))
            .WriteTo(temp.Combine("policy"));

        var run = CliRun.Of("check", dir, "--templates", Templates);

        Assert.True(run.ExitCode == 1, run.ToString());
        var match = Assert.Single(System.Text.RegularExpressions.Regex.Matches(run.Error, @"(?m)^(.+):(\d+):(\d+): error: 'status' must be 'draft' or 'adopted', not 'final'$"));
        Assert.Equal(Path.Combine(dir, "policy.yml"), Path.GetFullPath(match.Groups[1].Value));
        Assert.Equal(("7", "9"), (match.Groups[2].Value, match.Groups[3].Value));
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal([Path.Combine("policy", "10-intro", "10-purpose.md"), Path.Combine("policy", "10-intro", "_section.md"), Path.Combine("policy", "policy.yml")], temp.Files());
    }

    [Fact]
    public void Check_reports_every_broken_policy_and_passes_the_good_ones()
    {
        using var temp = new TempDirectory();
        var good = new TestPolicy().Section("intro", "Introduction", ("purpose", "Purpose.")).WriteTo(temp.Combine("good"));
        var bad = new TestPolicy().Section("intro", "Introduction", ("purpose", "See [](#nope).")).WriteTo(temp.Combine("bad"));

        var run = CliRun.Of("check", bad, good, "--templates", Templates);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("error: unknown cross-reference '#nope'", run.Error);
        Assert.Contains($"ok: {good}: 1 sections, 1 clauses", run.Output);
    }

    [Fact]
    public void Check_of_a_missing_folder_exits_1_naming_it()
    {
        using var temp = new TempDirectory();
        var missing = temp.Combine("no-such-policy");

        var run = CliRun.Of("check", missing, "--templates", Templates);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("no-such-policy:1:1: error: policy folder not found", run.Error);
    }
}
