using System.Text.Json;
using PolicyBuild.Cli;
using PolicyBuild.Publishing;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Cli;

/// <summary><c>policybuild diff</c>: the change summary by section, plain when not on a terminal; changes.json with <c>--json</c>.</summary>
public class DiffCommandTests
{
    private static readonly string Templates = RepositoryPaths.Templates;

    [Fact]
    public void Diff_of_the_sample_groups_changed_clauses_under_their_section_and_exits_0()
    {
        var run = CliRun.Of("diff", RepositoryPaths.SamplePolicy, "--templates", Templates);

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Equal("social-media: version 1.0 → 2.0: 4 added, 3 removed, 9 amended, 7 renumbered", lines[0]);
        var section5 = lines.IndexOf("5 Personal use of social media");
        var section6 = lines.IndexOf("6 Use of corporate accounts");
        Assert.True(section5 > 0 && section6 > section5, run.Output);
        var underFive = lines[(section5 + 1)..section6];
        Assert.Contains(underFive, l => l.StartsWith("  amended     5.12 ", StringComparison.Ordinal));
        Assert.Contains(underFive, l => l.StartsWith("  added       5.14 ", StringComparison.Ordinal));
        Assert.Contains(underFive, l => l.StartsWith("  renumbered  5.14 → 5.15 ", StringComparison.Ordinal));
        Assert.Contains("8 Review of this policy (section removed)", lines);
        Assert.Contains("  version: 1.0 → 2.0", lines);
        Assert.DoesNotContain("\u001b[", run.Output);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Diff_json_prints_the_same_changes_json_that_build_writes()
    {
        using var temp = new TempDirectory();

        var diff = CliRun.Of("diff", RepositoryPaths.SamplePolicy, "--templates", Templates, "--json");
        var build = CliRun.Of("build", RepositoryPaths.SamplePolicy, "--out", temp.Path, "--templates", Templates);

        Assert.True(diff.ExitCode == 0, diff.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(File.ReadAllText(temp.Combine("social-media", "changes.json")), diff.Output.TrimEnd('\n'));
        using var json = JsonDocument.Parse(diff.Output);
        Assert.Equal("policybuild/changes/v1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("counts").GetProperty("added").GetInt32());
    }

    [Fact]
    public void Diff_against_a_git_revision_shows_the_edits_since_it()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "The purpose."), ("scope", "The scope.")).WriteTo(temp.Combine("p"));
        TestGit.InitAndCommit(temp.Path);
        File.WriteAllText(Path.Combine(dir, "10-intro", "20-scope.md"), "The wider scope.\n");
        File.WriteAllText(Path.Combine(dir, "10-intro", "15-aims.md"), "The aims.\n");

        var run = CliRun.Of("diff", dir, "--baseline", "HEAD", "--templates", Templates);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("test-policy: version 1.0 → 1.0: 1 added, 1 amended", run.Output);
        Assert.Contains("1 Introduction\n  added       1.2            The aims.\n  amended     1.2 → 1.3      The wider scope.\n", run.Output);
    }

    [Fact]
    public void Diff_without_any_baseline_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "The purpose.")).WriteTo(temp.Combine("p"));

        var run = CliRun.Of("diff", dir, "--templates", Templates);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error: no baseline to compare with: pass --baseline", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Diff_against_a_baseline_that_does_not_exist_exits_1()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "The purpose.")).WriteTo(temp.Combine("p"));

        var run = CliRun.Of("diff", dir, "--baseline", temp.Combine("nowhere"), "--templates", Templates);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("is neither a policy folder", run.Error);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "", true)]
    [InlineData(true, "1", false)]
    [InlineData(false, null, false)]
    public void Colour_is_used_only_on_a_terminal_without_NO_COLOR(bool terminal, string? noColor, bool expected) =>
        Assert.Equal(expected, OutputMode.UseColor(terminal, noColor));

    [Fact]
    public void With_colour_the_kinds_and_section_titles_are_painted()
    {
        var toolchain = TestToolchain.Create();
        var comparison = PolicyComparison.Compare(toolchain, RepositoryPaths.SamplePolicy, null)!;

        var coloured = string.Join('\n', new DiffPrinter(new AnsiStyle(true)).Lines(comparison));
        var plain = string.Join('\n', new DiffPrinter(new AnsiStyle(false)).Lines(comparison));

        Assert.Contains("\u001b[1m5 Personal use of social media\u001b[0m", coloured);
        Assert.Contains("\u001b[32madded     \u001b[0m", coloured);
        Assert.Equal(plain, System.Text.RegularExpressions.Regex.Replace(coloured, "\u001b\\[[0-9]+m", string.Empty));
    }
}
