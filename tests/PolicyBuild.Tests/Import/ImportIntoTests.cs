using PolicyBuild.Authoring;
using PolicyBuild.Diff;
using PolicyBuild.Tests.Cli;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Import;

/// <summary>
/// <c>import --into</c>: two versions of a policy written by pandoc go into one folder. Clauses that
/// continue keep their ids and files, so the redline between the versions has the true counts
/// (1 added, 1 removed, 2 amended), not churn; policy.yml keeps what the document cannot say; the
/// previous state is the baseline, a copy outside git and the last commit inside it (with git rm).
/// </summary>
public class ImportIntoTests
{
    [Theory]
    [MemberData(nameof(ForeignDocuments.Writers), MemberType = typeof(ForeignDocuments))]
    public void A_later_version_keeps_the_files_of_the_clauses_it_continues_and_the_redline_counts_what_changed(string writer)
    {
        using var temp = new TempDirectory();
        var folder = temp.Combine("policy-src", "waste");
        Assert.True(CliRun.Of("import", ForeignDocuments.Path($"waste-v1.{writer}.docx"), "--to", folder).ExitCode == 0);
        var before = Fragments(folder);

        var run = CliRun.Of("import", ForeignDocuments.Path($"waste-v2.{writer}.docx"), "--into", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("new: 2.3 → 20-collections/25-residents-may-order-a-second-recycling.md", run.Output);
        Assert.Contains("kept: 2.4 → 20-collections/30-a-missed-collection-reported-within-two.md (was 2.3; text 100% alike)", run.Output);
        Assert.Contains($"removed {folder}/30-assisted-collections/20-the-council-reviews-each-assisted.md", run.Output);
        Assert.Contains("(6 kept, 0 of them unsure; 1 new; 1 files removed); baseline: baselines/version-1-0 (the previous state)", run.Output);
        var after = Fragments(folder);
        Assert.Equal(before.Keys.Where(k => !k.EndsWith("20-the-council-reviews-each-assisted.md", StringComparison.Ordinal)),
            after.Keys.Where(k => !k.EndsWith("25-residents-may-order-a-second-recycling.md", StringComparison.Ordinal)));
        var changed = after.Keys.Where(k => before.TryGetValue(k, out var was) && was != after[k]).ToList();
        Assert.Equal(["10-purpose/10-this-policy-explains-how-the-council.md", "20-collections/20-crews-collect-bins-left-at-the.md"], changed);

        var changes = Redline(folder).Changes;
        Assert.Equal((1, 1, 2), (changes.Count(ChangeKind.Added), changes.Count(ChangeKind.Removed), changes.Count(ChangeKind.Amended)));
    }

    [Fact]
    public void Policy_yml_keeps_what_the_document_cannot_say_and_takes_what_it_does()
    {
        using var temp = new TempDirectory();
        var folder = temp.Combine("waste");
        Assert.True(CliRun.Of("import", ForeignDocuments.Path("waste-v1.pandoc.docx"), "--to", folder).ExitCode == 0);
        var yaml = File.ReadAllText(Path.Combine(folder, "policy.yml"))
            .Replace("title: \"Waste Collection Policy\"", "title: \"Old title\"   # kept comment", StringComparison.Ordinal)
            .Replace("version: \"1.0\"  # not found in the document: fill it in", "version: \"1.4\"", StringComparison.Ordinal)
            + "revisions: { author: Waste Manager, date: 2025-03-01 }\nappendix-title: \"Draft waste policy (marked)\"\n";
        File.WriteAllText(Path.Combine(folder, "policy.yml"), yaml);

        Assert.True(CliRun.Of("import", ForeignDocuments.Path("waste-v2.pandoc.docx"), "--into", folder).ExitCode == 0);

        var metadata = TestToolchain.Load(folder).Metadata;
        Assert.Equal("Waste Collection Policy", metadata.Title);
        Assert.Equal("1.4", metadata.Version);
        Assert.Equal("Waste Manager", metadata.Revisions!.Author);
        Assert.Equal("Draft waste policy (marked)", metadata.AppendixTitle);
        Assert.Equal("baselines/version-1-4", metadata.Baseline!.Spec);
        Assert.Contains("title: \"Waste Collection Policy\"   # kept comment", File.ReadAllText(Path.Combine(folder, "policy.yml")));
    }

    [Fact]
    public void Inside_git_vanished_clauses_are_git_rm_and_the_last_commit_is_the_baseline()
    {
        using var temp = new TempDirectory();
        Git(temp.Path, "init", "-q");
        var folder = temp.Combine("policy-src", "waste");
        Assert.True(CliRun.Of("import", ForeignDocuments.Path("waste-v1.pandoc.docx"), "--to", folder).ExitCode == 0);
        Git(temp.Path, "add", "-A");
        Git(temp.Path, "-c", "user.name=Clerk", "-c", "user.email=clerk@example.org", "commit", "-qm", "v1");
        var commit = Git(temp.Path, "rev-parse", "HEAD").Trim();

        var run = CliRun.Of("import", ForeignDocuments.Path("waste-v2.pandoc.docx"), "--into", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"baseline: {commit} (the previous state)", run.Output);
        var status = Git(temp.Path, "status", "--porcelain");
        Assert.Contains("D  policy-src/waste/30-assisted-collections/20-the-council-reviews-each-assisted.md", status);
        Assert.Contains("?? policy-src/waste/20-collections/25-residents-may-order-a-second-recycling.md", status);
        Assert.Contains(" M policy-src/waste/10-purpose/10-this-policy-explains-how-the-council.md", status);
        Assert.False(Directory.Exists(Path.Combine(folder, "baselines")));
        var build = CliRun.Of("build", folder, "--out", temp.Combine("out"));
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("changes since version 1.0: 1 added, 1 removed, 2 amended", build.Output);
    }

    [Fact]
    public void Into_a_folder_that_is_no_policy_is_an_error_and_changes_nothing()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("empty"));

        var run = CliRun.Of("import", ForeignDocuments.Path("waste-v2.pandoc.docx"), "--into", temp.Combine("empty"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--into needs an existing policy folder (with policy.yml)", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Combine("empty")));
    }

    /// <summary>Draft, baseline and marked documents of a policy against its policy.yml baseline.</summary>
    internal static (byte[] Draft, byte[] Baseline, byte[] Marked, ChangeSet Changes) Redline(string folder)
    {
        var policy = TestToolchain.Load(folder);
        return TestToolchain.BuildPair(Path.Combine(folder, policy.Metadata.Baseline!.Spec), folder);
    }

    private static Dictionary<string, string> Fragments(string folder) =>
        Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => !PolicyLoader.ReservedFolders.Any(r => f.StartsWith(r + "/", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(folder, f)));

    private static string Git(string directory, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {process.StandardError.ReadToEnd()}");
        return output;
    }
}
