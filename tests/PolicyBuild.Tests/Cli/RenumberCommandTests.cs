using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Cli;

/// <summary><c>policybuild renumber</c>: even prefixes, same order and ids, idempotent, git-aware, dry run.</summary>
public class RenumberCommandTests
{
    [Fact]
    public void Renumber_gives_even_prefixes_in_the_same_order_and_a_second_run_renames_nothing()
    {
        using var temp = new TempDirectory();
        var dir = UnevenPolicy(temp.Combine("p"));
        var before = CliRun.Of("check", dir, "--today", "2021-01-01");

        var first = CliRun.Of("renumber", dir);
        var afterFirst = temp.Files();
        var second = CliRun.Of("renumber", dir);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(
            [
                "p/10-intro/10-purpose.md", "p/10-intro/20-scope.md", "p/10-intro/30-aims.md", "p/10-intro/_section.md",
                "p/20-rules/10-first.md", "p/20-rules/20-second.md", "p/20-rules/_section.md", "p/policy.yml",
            ],
            afterFirst.Select(f => f.Replace('\\', '/')));
        Assert.Contains("renumbered 6 files and folders", first.Output);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("nothing to renumber", second.Output);
        Assert.Equal(afterFirst, temp.Files());
        Assert.Equal(before.Output, CliRun.Of("check", dir, "--today", "2021-01-01").Output);
        Assert.Equal("Aims, third by prefix 25.5.\n", File.ReadAllText(Path.Combine(dir, "10-intro", "30-aims.md")));
    }

    [Fact]
    public void Dry_run_prints_each_rename_and_touches_nothing()
    {
        using var temp = new TempDirectory();
        var dir = UnevenPolicy(temp.Combine("p"));
        var before = temp.Files();

        var run = CliRun.Of("renumber", dir, "--dry-run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(before, temp.Files());
        Assert.Matches(@"(?m)^would rename .*p/5-intro/25\.5-aims\.md → .*p/5-intro/30-aims\.md$", run.Output);
        Assert.Matches(@"(?m)^would rename .*p/35-rules → .*p/20-rules$", run.Output);
        Assert.Contains("dry run: 6 renames, nothing changed", run.Output);
    }

    [Fact]
    public void Renames_that_swap_names_go_through_temporary_names()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "Purpose.")).WriteTo(temp.Combine("p"));
        File.Delete(Path.Combine(dir, "10-intro", "10-purpose.md"));
        File.WriteAllText(Path.Combine(dir, "10-intro", "5-a.md"), "---\nid: first\n---\nFirst.\n");
        File.WriteAllText(Path.Combine(dir, "10-intro", "10-a.md"), "---\nid: second\n---\nSecond.\n");

        var run = CliRun.Of("renumber", dir);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("---\nid: first\n---\nFirst.\n", File.ReadAllText(Path.Combine(dir, "10-intro", "10-a.md")));
        Assert.Equal("---\nid: second\n---\nSecond.\n", File.ReadAllText(Path.Combine(dir, "10-intro", "20-a.md")));
        Assert.DoesNotContain(temp.Files(), f => f.Contains(".renumber-", StringComparison.Ordinal));
    }

    [Fact]
    public void Inside_a_git_work_tree_renumber_stages_the_renames_with_git_mv()
    {
        using var temp = new TempDirectory();
        var dir = UnevenPolicy(temp.Combine("p"));
        TestGit.InitAndCommit(temp.Path);

        var run = CliRun.Of("renumber", dir);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("with git mv", run.Output);
        var status = TestGit.Run(temp.Path, "status", "--porcelain");
        Assert.Contains("R  p/5-intro/25.5-aims.md -> p/10-intro/30-aims.md", status);
        Assert.Contains("R  p/35-rules/_section.md -> p/20-rules/_section.md", status);
        Assert.DoesNotContain("??", status);
    }

    [Fact]
    public void A_policy_with_errors_is_not_renumbered_and_exits_1()
    {
        using var temp = new TempDirectory();
        var dir = UnevenPolicy(temp.Combine("p"));
        File.WriteAllText(Path.Combine(dir, "5-intro", "40-broken.md"), "See [](#nowhere).\n");
        var before = temp.Files();

        var run = CliRun.Of("renumber", dir);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("error: unknown cross-reference '#nowhere'", run.Error);
        Assert.Equal(before, temp.Files());
    }

    /// <summary>Sections 5 and 35, clauses 5, 7, 25.5 and 30 (already even), 1 and 2: the order is by number, not by name.</summary>
    private static string UnevenPolicy(string directory)
    {
        new TestPolicy().Section("intro", "Introduction").Section("rules", "Rules").WriteTo(directory);
        Directory.Move(Path.Combine(directory, "10-intro"), Path.Combine(directory, "5-intro"));
        Directory.Move(Path.Combine(directory, "20-rules"), Path.Combine(directory, "35-rules"));
        File.WriteAllText(Path.Combine(directory, "5-intro", "5-purpose.md"), "Purpose; see [](#first).\n");
        File.WriteAllText(Path.Combine(directory, "5-intro", "25.5-aims.md"), "Aims, third by prefix 25.5.\n");
        File.WriteAllText(Path.Combine(directory, "5-intro", "7-scope.md"), "Scope.\n");
        File.WriteAllText(Path.Combine(directory, "35-rules", "1-first.md"), "First rule.\n");
        File.WriteAllText(Path.Combine(directory, "35-rules", "20-second.md"), "Second rule.\n");
        return directory;
    }
}
