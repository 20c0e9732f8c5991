using System.Diagnostics;
using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Markdown;
using PolicyBuild.Markdown.CrossReferences;
using PolicyBuild.Model;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Authoring;

/// <summary>
/// Baselines read from git revisions (without touching the work tree) and from folders,
/// on real temporary repositories.
/// </summary>
public class GitBaselineTests
{
    private static readonly PolicyLoader Loader = new(new CrossReferenceValidator(PolicyMarkdown.CreatePipeline()));

    private static TestPolicy Version1() => new TestPolicy()
        .Section("intro", "Introduction", ("purpose", "The original purpose."), ("aims", "The aims."))
        .Section("scope", "Scope", ("who", "Everyone."));

    [Fact]
    public void Tree_at_a_tag_loads_the_old_text_while_the_work_tree_has_the_new()
    {
        using var temp = new TempDirectory();
        var policyDir = CreateRepository(temp.Path, "policy-src/test");

        var atTag = GitPolicyTree.TryOpen(policyDir, "v1");
        var atHead = GitPolicyTree.TryOpen(policyDir, "HEAD");

        Assert.NotNull(atTag);
        Assert.NotNull(atHead);
        var old = Loader.Load(atTag);
        var head = Loader.Load(atHead);
        var work = Loader.Load(new DirectoryPolicyTree(policyDir));
        Assert.Equal("The original purpose.", old.Clauses.First().Body);
        Assert.Equal("The revised purpose.", head.Clauses.First().Body);
        Assert.Equal("The revised purpose.", work.Clauses.First().Body);
        Assert.Equal(["purpose", "aims", "who"], old.Clauses.Select(c => c.Id).ToArray());
        Assert.Equal(["purpose", "aims", "who", "exceptions"], work.Clauses.Select(c => c.Id).ToArray());
        Assert.Equal("1.0", old.Metadata.Version);
        Assert.Equal("2.0", work.Metadata.Version);
    }

    [Fact]
    public void Tree_at_a_revision_names_its_files_by_revision_and_path()
    {
        using var temp = new TempDirectory();
        var policyDir = CreateRepository(temp.Path, "policy-src/test");

        var tree = GitPolicyTree.TryOpen(policyDir, "v1")!;
        var old = Loader.Load(tree);

        Assert.Equal("v1:policy-src/test", tree.DisplayRoot);
        Assert.Equal("v1:policy-src/test", old.SourceDirectory);
        Assert.Equal("v1:policy-src/test/10-intro/10-purpose.md", old.Clauses.First().BodyLocation.File);
        Assert.Equal(["10-intro", "20-scope"], tree.ListDirectories("").ToArray());
        Assert.Equal(["10-purpose.md", "20-aims.md", "_section.md"], tree.ListFiles("10-intro").ToArray());
    }

    [Fact]
    public void Errors_in_a_git_baseline_are_located_at_revision_and_path()
    {
        using var temp = new TempDirectory();
        var repo = temp.Combine("repo");
        var policyDir = new TestPolicy().Section("intro", "Introduction", ("purpose", "---\ntitle: Purpose\n---\nSee [](#nope)."))
            .WriteTo(Path.Combine(repo, "policy"));
        Git(repo, "init -q -b main");
        Git(repo, "add -A");
        Git(repo, "commit -q -m broken");
        Git(repo, "tag broken");

        var exception = Assert.Throws<PolicyBuildException>(() => Loader.Load(GitPolicyTree.TryOpen(policyDir, "broken")!));

        Assert.Equal("broken:policy/10-intro/10-purpose.md:4:5", Assert.Single(exception.Diagnostics).Location.ToString());
    }

    [Fact]
    public void Uncommitted_edits_are_not_part_of_a_revision_and_the_work_tree_is_untouched()
    {
        using var temp = new TempDirectory();
        var policyDir = CreateRepository(temp.Path, "policy");
        var purpose = Path.Combine(policyDir, "10-intro", "10-purpose.md");
        File.WriteAllText(purpose, "An uncommitted purpose.\n");
        var statusBefore = Git(Path.GetDirectoryName(policyDir)!, "status --porcelain");

        var head = Loader.Load(GitPolicyTree.TryOpen(policyDir, "HEAD")!);

        Assert.Equal("The revised purpose.", head.Clauses.First().Body);
        Assert.Equal("An uncommitted purpose.\n", File.ReadAllText(purpose));
        Assert.Equal(statusBefore, Git(Path.GetDirectoryName(policyDir)!, "status --porcelain"));
    }

    [Fact]
    public void Branches_commits_and_annotated_tags_are_revisions_too()
    {
        using var temp = new TempDirectory();
        var policyDir = CreateRepository(temp.Path, "policy");
        var repo = Path.GetDirectoryName(policyDir)!;
        var firstCommit = Git(repo, "rev-list --max-parents=0 HEAD").Trim();
        Git(repo, "tag -a adopted-2020 -m Adopted v1");

        foreach (var revision in new[] { firstCommit, firstCommit[..8], "adopted-2020", "HEAD~1", "main~1" })
        {
            var tree = GitPolicyTree.TryOpen(policyDir, revision);
            Assert.True(tree is not null, $"revision {revision} did not open");
            Assert.Equal("The original purpose.", Loader.Load(tree).Clauses.First().Body);
        }
    }

    [Fact]
    public void Policy_at_the_root_of_its_repository_opens_at_a_revision()
    {
        using var temp = new TempDirectory();
        var policyDir = Version1().WriteTo(temp.Combine("repo"));
        Git(policyDir, "init -q -b main");
        Git(policyDir, "add -A");
        Git(policyDir, "commit -q -m v1");

        var tree = GitPolicyTree.TryOpen(policyDir, "HEAD");

        Assert.NotNull(tree);
        Assert.Equal("The original purpose.", Loader.Load(tree).Clauses.First().Body);
    }

    [Fact]
    public void Folder_names_outside_ascii_are_read_at_a_revision()
    {
        using var temp = new TempDirectory();
        var policyDir = CreateRepository(temp.Path, "politiques/médias sociaux");

        var tree = GitPolicyTree.TryOpen(policyDir, "v1");

        Assert.NotNull(tree);
        Assert.Equal("The original purpose.", Loader.Load(tree).Clauses.First().Body);
    }

    [Fact]
    public async Task Policy_with_thousands_of_files_is_read_at_a_revision_without_hanging()
    {
        // More object ids than a pipe holds: git's answers must be read while the ids are written.
        using var temp = new TempDirectory();
        var repo = temp.Combine("repo");
        var clauses = Enumerable.Range(1, 3000).Select(i => ($"clause-{i}", $"Clause {i} says something of moderate length, so the answers are long.")).ToArray();
        var policyDir = new TestPolicy().Section("many", "Many clauses", clauses).WriteTo(Path.Combine(repo, "policy"));
        Git(repo, "init -q -b main");
        Git(repo, "add -A");
        Git(repo, "commit -q -m many");

        // A deadlock fails the test with a TimeoutException instead of hanging the run.
        var tree = await Task.Run(() => GitPolicyTree.TryOpen(policyDir, "HEAD")).WaitAsync(TimeSpan.FromSeconds(60));

        var policy = Loader.Load(tree!);
        Assert.Equal(3000, policy.Clauses.Count());
        Assert.Equal("Clause 3000 says something of moderate length, so the answers are long.", policy.Clauses.Last().Body);
    }

    [Fact]
    public void Unknown_revision_does_not_open()
    {
        using var temp = new TempDirectory();
        var policyDir = CreateRepository(temp.Path, "policy");

        Assert.Null(GitPolicyTree.TryOpen(policyDir, "v9"));
        Assert.Null(GitPolicyTree.TryOpen(policyDir, "no such revision"));
    }

    [Fact]
    public void Revision_before_the_policy_existed_does_not_open()
    {
        using var temp = new TempDirectory();
        var repo = temp.Combine("repo");
        Directory.CreateDirectory(repo);
        File.WriteAllText(Path.Combine(repo, "README.md"), "Policies.\n");
        Git(repo, "init -q -b main");
        Git(repo, "add -A");
        Git(repo, "commit -q -m start");
        Git(repo, "tag before");
        var policyDir = Version1().WriteTo(Path.Combine(repo, "policy"));
        Git(repo, "add -A");
        Git(repo, "commit -q -m policy");

        Assert.Null(GitPolicyTree.TryOpen(policyDir, "before"));
        Assert.NotNull(GitPolicyTree.TryOpen(policyDir, "HEAD"));
    }

    [Fact]
    public void Folder_outside_any_repository_does_not_open()
    {
        using var temp = new TempDirectory();
        var policyDir = Version1().WriteTo(temp.Combine("policy"));

        Assert.Null(GitPolicyTree.TryOpen(policyDir, "HEAD"));
    }

    [Fact]
    public void Resolver_reads_a_git_revision_when_no_folder_has_that_name()
    {
        using var temp = new TempDirectory();
        var policyDir = CreateRepository(temp.Path, "policy");

        var tree = BaselineResolver.Resolve(new BaselineReference("v1", new SourceLocation("policy.yml", 15, 11)), policyDir, fromCommandLine: false);

        Assert.IsType<GitPolicyTree>(tree);
        Assert.Equal("The original purpose.", Loader.Load(tree).Clauses.First().Body);
    }

    [Fact]
    public void Resolver_reports_an_unknown_revision_at_the_given_location()
    {
        using var temp = new TempDirectory();
        var policyDir = CreateRepository(temp.Path, "policy");
        var location = new SourceLocation(Path.Combine(policyDir, "policy.yml"), 15, 11);

        var exception = Assert.Throws<PolicyBuildException>(() =>
            BaselineResolver.Resolve(new BaselineReference("v9", location), policyDir, fromCommandLine: false));

        var error = Assert.Single(exception.Diagnostics);
        Assert.Equal(location, error.Location);
        Assert.Equal("baseline 'v9' is neither a policy folder (with policy.yml) nor a git revision that contains this policy", error.Message);
    }

    [Fact]
    public void Resolver_reports_a_missing_baseline_outside_git_at_the_given_location()
    {
        using var temp = new TempDirectory();
        var policyDir = Version1().WriteTo(temp.Combine("policy"));
        var location = new SourceLocation("--baseline");

        var exception = Assert.Throws<PolicyBuildException>(() =>
            BaselineResolver.Resolve(new BaselineReference("does-not-exist", location), policyDir, fromCommandLine: true));

        Assert.Equal($"--baseline:1:1: error: baseline 'does-not-exist' is neither a policy folder (with policy.yml) nor a git revision that contains this policy",
            Assert.Single(exception.Diagnostics).ToString());
    }

    [Fact]
    public void Resolver_reads_a_baseline_folder_relative_to_the_policy()
    {
        using var temp = new TempDirectory();
        var policyDir = new TestPolicy().Section("intro", "Introduction", ("purpose", "The revised purpose."))
            .WriteTo(temp.Combine("policy"));
        Version1().WriteTo(Path.Combine(policyDir, "baselines", "2018-adopted"));

        var tree = BaselineResolver.Resolve(new BaselineReference("baselines/2018-adopted", new SourceLocation("policy.yml")), policyDir, fromCommandLine: false);

        Assert.IsType<DirectoryPolicyTree>(tree);
        var baseline = Loader.Load(tree);
        Assert.Equal("The original purpose.", baseline.Clauses.First().Body);
        Assert.Equal(3, baseline.Clauses.Count());
        Assert.EndsWith("baselines/2018-adopted", tree.DisplayRoot);

        // The draft itself does not see the baseline folder as a section.
        Assert.Single(Loader.Load(new DirectoryPolicyTree(policyDir)).Clauses);
    }

    [Fact]
    public void Resolver_reads_a_command_line_baseline_folder_given_as_a_full_path()
    {
        using var temp = new TempDirectory();
        var policyDir = new TestPolicy().Section("intro", "Introduction", ("purpose", "The revised purpose.")).WriteTo(temp.Combine("policy"));
        var baselineDir = Version1().WriteTo(temp.Combine("old"));

        var tree = BaselineResolver.Resolve(new BaselineReference(baselineDir, new SourceLocation("--baseline")), policyDir, fromCommandLine: true);

        Assert.Equal("The original purpose.", Loader.Load(tree).Clauses.First().Body);
    }

    [Fact]
    public void Resolver_does_not_take_a_folder_without_policy_yml_as_a_baseline()
    {
        using var temp = new TempDirectory();
        var policyDir = Version1().WriteTo(temp.Combine("policy"));
        Directory.CreateDirectory(Path.Combine(policyDir, "baselines", "empty"));

        var exception = Assert.Throws<PolicyBuildException>(() =>
            BaselineResolver.Resolve(new BaselineReference("baselines/empty", new SourceLocation("policy.yml", 15, 11)), policyDir, fromCommandLine: false));

        Assert.Contains("baseline 'baselines/empty'", Assert.Single(exception.Diagnostics).Message);
    }

    /// <summary>A repository with the policy at <paramref name="relative"/>: version 1 tagged v1, then a revised commit.</summary>
    private static string CreateRepository(string root, string relative)
    {
        var repo = Path.Combine(root, "repo");
        var policyDir = Version1().WriteTo(Path.Combine(repo, relative));
        Git(repo, "init -q -b main");
        Git(repo, "add -A");
        Git(repo, "commit -q -m v1");
        Git(repo, "tag v1");

        File.WriteAllText(Path.Combine(policyDir, "10-intro", "10-purpose.md"), "The revised purpose.\n");
        File.WriteAllText(Path.Combine(policyDir, "20-scope", "20-exceptions.md"), "No exceptions.\n");
        File.WriteAllText(Path.Combine(policyDir, "policy.yml"), TestPolicy.Metadata(version: "2.0", status: "draft"));
        Git(repo, "add -A");
        Git(repo, "commit -q -m v2");
        return policyDir;
    }

    private static string Git(string directory, string arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in arguments.Split(' '))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {arguments} failed: {error.Result}");
        return output;
    }
}
