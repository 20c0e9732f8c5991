using PolicyBuild.Tests.Cli;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Import;

/// <summary>
/// An existing non-empty folder is never replaced without <c>--force</c> (a usage error, exit 2, as
/// for init); with it, a policy folder shaped as import writes one is replaced whole, and only once
/// the import has succeeded (anything else is refused even with --force: see the Safety suite).
/// </summary>
public class ExistingFolderTests
{
    [Fact]
    public void A_non_empty_folder_is_left_alone_without_force()
    {
        using var temp = new TempDirectory();
        var (docx, folder) = Prepare(temp);
        File.WriteAllText(Path.Combine(folder, "notes.md"), "mine");

        var run = CliRun.Of("import", docx, "--to", folder);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"{folder}:1:1: error: the folder exists and is not empty: choose another folder, or add --force to replace it", run.Error);
        Assert.Equal(["home-working.docx", Path.Combine("policy-src", "home-working", "notes.md")], temp.Files());
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "notes.md")));
    }

    [Fact]
    public void Force_replaces_the_folder_whole()
    {
        using var temp = new TempDirectory();
        var (docx, folder) = Prepare(temp);
        var mine = PolicyShaped(folder);

        var run = CliRun.Of("import", docx, "--to", folder, "--force");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(File.Exists(mine));
        Assert.Equal(3, TestToolchain.Load(folder).Sections.Length);
        Assert.Equal([folder], Directory.GetFileSystemEntries(temp.Combine("policy-src")));
    }

    [Fact]
    public void An_empty_folder_is_used_without_force()
    {
        using var temp = new TempDirectory();
        var (docx, folder) = Prepare(temp);

        var run = CliRun.Of("import", docx, "--to", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(folder, "policy.yml")));
    }

    [Fact]
    public void A_failed_import_leaves_an_existing_folder_as_it_was_even_with_force()
    {
        using var temp = new TempDirectory();
        var (docx, folder) = Prepare(temp);
        PolicyShaped(folder);
        var before = temp.Files();
        File.WriteAllText(docx, "not a docx");

        var run = CliRun.Of("import", docx, "--to", folder, "--force");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(before, temp.Files());
        Assert.Equal("Mine.\n", File.ReadAllText(Path.Combine(folder, "10-intro", "90-mine.md")));
    }

    [Fact]
    public void A_file_as_target_is_refused()
    {
        using var temp = new TempDirectory();
        var (docx, folder) = Prepare(temp);
        Directory.Delete(folder);
        File.WriteAllText(folder, "a file");

        var run = CliRun.Of("import", docx, "--to", folder);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error: the target is a file", run.Error);
    }

    /// <summary>Makes the folder a policy as import writes one, plus a clause of the author's; returns that clause.</summary>
    private static string PolicyShaped(string folder)
    {
        new TestPolicy().Section("intro", "Introduction", ("purpose", "Purpose.")).WriteTo(folder);
        var mine = Path.Combine(folder, "10-intro", "90-mine.md");
        File.WriteAllText(mine, "Mine.\n");
        return mine;
    }

    private static (string Docx, string Folder) Prepare(TempDirectory temp)
    {
        var docx = temp.Combine("home-working.docx");
        File.WriteAllBytes(docx, ForeignDocumentTests.HomeWorkingPolicy());
        var folder = temp.Combine("policy-src", "home-working");
        Directory.CreateDirectory(folder);
        return (docx, folder);
    }
}
