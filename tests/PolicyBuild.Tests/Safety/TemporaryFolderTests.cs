using PolicyBuild.Tests.Cli;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Safety;

/// <summary>
/// A run leaves nothing in the temporary folder, whether it succeeds or stops at an error while work
/// still runs on other threads (the reference document used to be copied into a temporary file as it
/// loaded, deleted only when it finished: a policy with errors ended the run first). Each run is the
/// real command in its own process with a private TMPDIR.
/// </summary>
public sealed class TemporaryFolderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("build", true)]
    [InlineData("build", false)]
    [InlineData("check", true)]
    [InlineData("check", false)]
    [InlineData("diff", true)]
    public async Task A_run_leaves_nothing_in_the_temporary_folder(string command, bool broken)
    {
        var policy = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", broken ? "See [](#missing)." : "This policy sets out the rules."), ("scope", "It covers every officer."))
            .WriteTo(_temp.Combine("policy"));
        string[] args = command == "build"
            ? ["build", policy, "--out", _temp.Combine("out"), "--templates", RepositoryPaths.Templates]
            : [command, policy, "--templates", RepositoryPaths.Templates];

        await AssertLeavesNothingAsync(args, expectedExit: broken ? 1 : 0);
    }

    /// <summary>The commands that read a Word document someone sends (each opens it through the same package reader).</summary>
    [Theory]
    [InlineData("import", false)]
    [InlineData("import", true)]
    [InlineData("review", false)]
    [InlineData("review", true)]
    public async Task A_run_reading_a_word_document_leaves_nothing_in_the_temporary_folder(string command, bool broken)
    {
        var policy = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "This policy sets out the rules."), ("scope", "It covers every officer."))
            .WriteTo(_temp.Combine("policy"));
        var built = CliRun.Of("build", policy, "--out", _temp.Combine("built"), "--templates", RepositoryPaths.Templates);
        Assert.True(built.ExitCode == 0, built.ToString());
        var document = Directory.GetFiles(_temp.Combine("built"), "*.docx", SearchOption.AllDirectories).Single(f => !f.Contains("marked", StringComparison.Ordinal));
        if (broken)
        {
            // A Word document cut short in the post: the zip's directory is gone.
            var bytes = File.ReadAllBytes(document);
            document = _temp.Combine("cut-short.docx");
            File.WriteAllBytes(document, bytes[..(bytes.Length / 2)]);
        }

        string[] args = command == "import"
            ? ["import", document, "--to", _temp.Combine("imported")]
            : ["review", document, "--policy", policy];

        await AssertLeavesNothingAsync(args, expectedExit: broken ? 1 : 0);
    }

    /// <summary>Runs the command in its own process with a private TMPDIR, which it must leave empty.</summary>
    private async Task AssertLeavesNothingAsync(string[] args, int expectedExit)
    {
        var tmp = Directory.CreateDirectory(_temp.Combine("tmp")).FullName;
        using var run = CliProcess.Start(new Dictionary<string, string> { ["TMPDIR"] = tmp }, args);

        var result = await run.FinishAsync();

        Assert.True(result.ExitCode == expectedExit, result.ToString());
        Assert.Empty(Directory.GetFileSystemEntries(tmp));
    }
}
