using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyBuild.Tests.TestSupport;
using RevisionView = PolicyBuild.RedlineHarness.LibreOffice.RevisionView;

namespace PolicyBuild.Tests.Cli;

/// <summary>
/// <c>policybuild build</c> end to end: what it writes, that it writes the same bytes twice,
/// and that a failed build writes nothing at all.
/// </summary>
public class BuildCommandTests
{
    private static readonly string Templates = RepositoryPaths.Templates;

    [Fact]
    public void Build_of_the_sample_writes_the_policy_the_marked_revisions_and_changes_json()
    {
        using var temp = new TempDirectory();
        var outDir = temp.Combine("out");

        var run = CliRun.Of("build", RepositoryPaths.SamplePolicy, "--out", outDir, "--templates", Templates);

        Assert.True(run.ExitCode == 0, run.ToString());
        var files = temp.Files();
        foreach (var expected in new[] { "social-media.docx", "social-media-marked-revisions.docx", "changes.json" })
        {
            Assert.Contains(Path.Combine("out", "social-media", expected), files);
            Assert.Contains($"wrote {outDir}/social-media/{expected} (", run.Output);
        }

        Assert.DoesNotContain(files, f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Contains("changes since version 1.0: ", run.Output);
        Assert.Equal(string.Empty, run.Error);

        using var changes = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "social-media", "changes.json")));
        Assert.Equal("social-media", changes.RootElement.GetProperty("policy").GetString());
        Assert.Equal("1.0", changes.RootElement.GetProperty("baselineVersion").GetString());
        Assert.Equal("2.0", changes.RootElement.GetProperty("draftVersion").GetString());
        var docx = File.ReadAllBytes(Path.Combine(outDir, "social-media", "social-media.docx"));
        Assert.Contains(DocxText.Paragraphs(docx), p => p.StartsWith("5.12\tStaff should generally avoid adding business contacts", StringComparison.Ordinal));
    }

    [Fact]
    public void Building_twice_gives_byte_identical_files()
    {
        using var temp = new TempDirectory();

        var first = CliRun.Of("build", RepositoryPaths.SamplePolicy, "--out", temp.Combine("first"), "--templates", Templates);
        var second = CliRun.Of("build", RepositoryPaths.SamplePolicy, "--out", temp.Combine("second"), "--templates", Templates);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        var firstFiles = Directory.GetFiles(temp.Combine("first"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Combine("first"), f)).Order().ToList();
        var secondFiles = Directory.GetFiles(temp.Combine("second"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Combine("second"), f)).Order().ToList();
        Assert.Equal(firstFiles, secondFiles);
        Assert.True(firstFiles.Count >= 3);
        foreach (var file in firstFiles)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(temp.Combine("first"), file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(temp.Combine("second"), file))),
                $"{file} differs between two builds");
        }
    }

    [Fact]
    public void Building_again_into_the_same_folder_replaces_the_files_and_leaves_no_temporary_files()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "Purpose.")).WriteTo(temp.Combine("policy"));
        var outDir = temp.Combine("out");

        var first = CliRun.Of("build", dir, "--out", outDir, "--templates", Templates);
        var before = File.ReadAllBytes(Path.Combine(outDir, "test-policy", "test-policy.docx"));
        File.WriteAllText(Path.Combine(dir, "10-intro", "10-purpose.md"), "A new purpose.\n");
        var second = CliRun.Of("build", dir, "--out", outDir, "--templates", Templates);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        // The lock that serialises runs into the folder stays beside it; nothing else but the output.
        Assert.Equal([".test-policy.lock", Path.Combine("test-policy", "test-policy.docx")],
            Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(outDir, f)).Order(StringComparer.Ordinal).ToArray());
        var after = File.ReadAllBytes(Path.Combine(outDir, "test-policy", "test-policy.docx"));
        Assert.NotEqual(before, after);
        Assert.Contains("1.1\tA new purpose.", DocxText.Paragraphs(after));
    }

    [Fact]
    public void Unknown_cross_reference_exits_1_with_a_located_error_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "Purpose."), ("aims", "---\ntitle: Aims\n---\nAs in [](#purpose) and [](#nope)."))
            .WriteTo(temp.Combine("policy"));
        var outDir = temp.Combine("out");
        var sourceFiles = temp.Files();

        var run = CliRun.Of("build", dir, "--out", outDir, "--templates", Templates);

        Assert.True(run.ExitCode == 1, run.ToString());
        var match = Regex.Match(run.Error, @"(?m)^(?<file>.+):(?<line>\d+):(?<column>\d+): error: unknown cross-reference '#nope'");
        Assert.True(match.Success, run.ToString());
        Assert.Equal(Path.Combine(dir, "10-intro", "20-aims.md"), Path.GetFullPath(match.Groups["file"].Value));
        Assert.Equal(("4", "24"), (match.Groups["line"].Value, match.Groups["column"].Value));
        Assert.Contains("build failed: nothing was written", run.Output);
        AssertNothingWritten(temp, outDir, sourceFiles);
    }

    [Fact]
    public void Broken_template_exits_1_with_a_located_error_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var templates = DirectoryCopy.Copy(Templates, temp.Combine("templates"));
        var template = Path.Combine(templates, "policy", "policy.sbn");
        var lines = File.ReadAllLines(template);
        var line = Array.FindIndex(lines, l => l.StartsWith("{{ policy.title }}", StringComparison.Ordinal));
        lines[line] = "{{ policy.titel }} {.title}";
        File.WriteAllLines(template, lines);
        var outDir = temp.Combine("out");
        var before = temp.Files();

        var run = CliRun.Of("build", RepositoryPaths.SamplePolicy, "--out", outDir, "--templates", templates);

        Assert.True(run.ExitCode == 1, run.ToString());
        var match = Regex.Match(run.Error, @"(?m)^(?<file>.+):(?<line>\d+):(?<column>\d+): error: template error: .*titel");
        Assert.True(match.Success, run.ToString());
        Assert.Equal(template, Path.GetFullPath(match.Groups["file"].Value));
        Assert.Equal(((line + 1).ToString(), "11"), (match.Groups["line"].Value, match.Groups["column"].Value));
        AssertNothingWritten(temp, outDir, before);
    }

    [Fact]
    public void Template_syntax_error_exits_1_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var templates = DirectoryCopy.Copy(Templates, temp.Combine("templates"));
        var template = Path.Combine(templates, "policy", "policy.sbn");
        File.AppendAllText(template, "{{ for x in }}\n");
        var outDir = temp.Combine("out");
        var before = temp.Files();

        var run = CliRun.Of("build", RepositoryPaths.SamplePolicy, "--out", outDir, "--templates", templates);

        Assert.True(run.ExitCode == 1, run.ToString());
        var match = Regex.Match(run.Error, @"(?m)^(?<file>.+):\d+:\d+: error: ");
        Assert.True(match.Success, run.ToString());
        Assert.Equal(template, Path.GetFullPath(match.Groups["file"].Value));
        AssertNothingWritten(temp, outDir, before);
    }

    [Fact]
    public void Missing_baseline_exits_1_naming_it_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var outDir = temp.Combine("out");

        var run = CliRun.Of("build", RepositoryPaths.SamplePolicy, "--baseline", "does-not-exist", "--out", outDir, "--templates", Templates);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("--baseline:1:1: error: baseline 'does-not-exist' is neither a policy folder (with policy.yml) nor a git revision", run.Error);
        AssertNothingWritten(temp, outDir, []);
    }

    [Fact]
    public void Missing_baseline_named_in_policy_yml_is_located_there()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .WithMetadata(TestPolicy.Metadata(extra: "baseline: baselines/missing"))
            .Section("intro", "Introduction", ("purpose", "Purpose."))
            .WriteTo(temp.Combine("policy"));
        var outDir = temp.Combine("out");
        var before = temp.Files();

        var run = CliRun.Of("build", dir, "--out", outDir, "--templates", Templates);

        Assert.True(run.ExitCode == 1, run.ToString());
        var match = Regex.Match(run.Error, @"(?m)^(?<file>.+):15:11: error: baseline 'baselines/missing' ");
        Assert.True(match.Success, run.ToString());
        Assert.Equal(Path.Combine(dir, "policy.yml"), Path.GetFullPath(match.Groups["file"].Value));
        AssertNothingWritten(temp, outDir, before);
    }

    [Theory]
    [InlineData("2021-13-45")]
    [InlineData("21/06/2021")]
    [InlineData("yesterday")]
    public void Invalid_date_exits_2_and_writes_nothing(string date)
    {
        using var temp = new TempDirectory();
        var outDir = temp.Combine("out");

        var run = CliRun.Of("build", RepositoryPaths.SamplePolicy, "--date", date, "--out", outDir, "--templates", Templates);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"--date must be written YYYY-MM-DD, not '{date}'", run.Error);
        AssertNothingWritten(temp, outDir, []);
    }

    [Fact]
    public void One_failing_policy_stops_the_whole_run_before_anything_is_written()
    {
        using var temp = new TempDirectory();
        var good = new TestPolicy().Section("intro", "Introduction", ("purpose", "Purpose.")).WriteTo(temp.Combine("good"));
        var bad = new TestPolicy()
            .WithMetadata(TestPolicy.Metadata().Replace("short-name: test-policy", "short-name: bad-policy"))
            .Section("intro", "Introduction", ("purpose", "")).WriteTo(temp.Combine("bad"));
        var outDir = temp.Combine("out");
        var before = temp.Files();

        var run = CliRun.Of("build", good, bad, "--out", outDir, "--templates", Templates);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("error: the clause is empty", run.Error);
        AssertNothingWritten(temp, outDir, before);
    }

    [Fact]
    public void Build_with_a_git_baseline_and_author_and_date_writes_the_marked_revisions()
    {
        using var temp = new TempDirectory();
        var repo = temp.Combine("repo");
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "The original purpose."))
            .WriteTo(Path.Combine(repo, "policy"));
        Git(repo, "init", "-q", "-b", "main");
        Git(repo, "add", "-A");
        Git(repo, "commit", "-q", "-m", "v1");
        Git(repo, "tag", "v1");
        File.WriteAllText(Path.Combine(dir, "10-intro", "10-purpose.md"), "The revised purpose.\n");
        var outDir = temp.Combine("out");

        var run = CliRun.Of("build", dir, "--baseline", "v1", "--author", "Jo Bloggs", "--date", "2021-06-21", "--out", outDir, "--templates", Templates);

        Assert.True(run.ExitCode == 0, run.ToString());
        var marked = File.ReadAllBytes(Path.Combine(outDir, "test-policy", "test-policy-marked-revisions.docx"));
        Assert.Contains("1.1\tThe revised purpose.", DocxText.Paragraphs(marked, RevisionView.Accept));
        Assert.Contains("1.1\tThe original purpose.", DocxText.Paragraphs(marked, RevisionView.Reject));
        Assert.True(File.Exists(Path.Combine(outDir, "test-policy", "changes.json")));
    }

    /// <summary>The output folder has no files (none half-written either) and the inputs are as they were.</summary>
    private static void AssertNothingWritten(TempDirectory temp, string outDir, IReadOnlyList<string> before)
    {
        if (Directory.Exists(outDir))
        {
            Assert.Empty(Directory.GetFiles(outDir, "*", SearchOption.AllDirectories));
        }

        Assert.DoesNotContain(temp.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Equal(before, temp.Files());
    }

    private static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
    }
}
