using PolicyBuild.Tests.Cli;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing;

/// <summary>What a reviewer would raise about a revision, as warnings of <c>build</c> (the build still succeeds).</summary>
public sealed class RevisionWarningsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_note_on_an_unchanged_clause_and_an_unchanged_version_are_warnings_at_their_lines()
    {
        var baseline = new TestPolicy().Section("intro", "Introduction", ("purpose", "Why."), ("scope", "Who.")).WriteTo(_temp.Combine("baseline"));
        var draft = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "---\nnote: Explains more.\n---\nWhy, and how."), ("scope", "---\nnote: Nothing changed here.\n---\nWho."))
            .WriteTo(_temp.Combine("draft"));

        var run = CliRun.Of("build", draft, "--baseline", baseline, "--out", _temp.Combine("out"), "--templates", RepositoryPaths.Templates);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"10-intro/20-scope\.md:2:7: warning: clause 1\.2 has a change note but did not change since version 1\.0: remove the note", run.Error);
        Assert.DoesNotContain("clause 1.1 has a change note", run.Error);
        Assert.Matches(@"policy\.yml:\d+:10: warning: version '1\.0' is the baseline's: give the revised policy a new version number", run.Error);
    }

    [Fact]
    public void A_revisions_date_older_than_a_git_baseline_is_a_warning()
    {
        var policy = new TestPolicy().Section("intro", "Introduction", ("purpose", "Why.")).WriteTo(_temp.Combine("repo", "policy"));
        TestGit.InitAndCommit(_temp.Combine("repo"));
        TestGit.Run(_temp.Combine("repo"), "tag", "v1.0");
        File.WriteAllText(Path.Combine(policy, "policy.yml"),
            TestPolicy.Metadata(version: "2.0", extra: "revisions: { author: Jo Bloggs, date: 2019-06-21 }"));
        File.WriteAllText(Path.Combine(policy, "10-intro", "10-purpose.md"), "Why, and how.\n");

        var run = CliRun.Of("build", policy, "--baseline", "v1.0", "--out", _temp.Combine("out"), "--templates", RepositoryPaths.Templates);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"policy\.yml:\d+:\d+: warning: revisions date 2019-06-21 is older than the baseline \(v1\.0:policy, committed \d{4}-\d\d-\d\d\): every change would be attributed to that past date", run.Error);
        Assert.DoesNotContain("is the baseline's", run.Error);
    }

    [Fact]
    public void Check_lists_the_change_notes_to_clear_after_adoption()
    {
        var run = CliRun.Of("check", RepositoryPaths.SamplePolicy, "--today", "2021-06-21", "--notes");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Contains("6 change notes:", run.Output);
        Assert.Equal(6, lines.Count);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"50-personal-use/120-business-contacts\.md:2:\d+: clause 5\.12: Softens the rule"));
    }
}
