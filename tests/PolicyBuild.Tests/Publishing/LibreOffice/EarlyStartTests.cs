using PolicyBuild.Tests.Cli;
using PolicyBuild.Tests.Safety;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing.LibreOffice;

/// <summary>
/// A PDF run starts LibreOffice before anything else, from the raw command line; a run that ends before
/// LibreOffice is ready (help, a usage error, a policy that is not there) stops it and leaves nothing in
/// the temporary folder. Each run is the real command in its own process with a private TMPDIR, where
/// the profile of a LibreOffice killed before it was ready used to stay behind.
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public sealed class EarlyStartTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("publish", "--help")]
    [InlineData("build", "no-such-policy", "--pdf")]
    [InlineData("build", "--pdf", "--no-such-option")]
    [InlineData("publish", "no-such-policy")]
    public async Task A_pdf_run_that_ends_at_once_leaves_nothing_behind(params string[] args) =>
        await AssertLeavesNothingAsync([.. args, "--out", _temp.Combine("out")]);

    /// <summary>The policy fails to load while LibreOffice is still starting: after its profile is made, before it is ready.</summary>
    [Fact]
    public async Task A_pdf_run_whose_policy_has_errors_leaves_nothing_behind()
    {
        var policy = new TestPolicy().Section("intro", "Introduction", ("purpose", "See [](#missing).")).WriteTo(_temp.Combine("policy"));

        var result = await AssertLeavesNothingAsync(["build", policy, "--pdf", "--out", _temp.Combine("out"), "--templates", RepositoryPaths.Templates]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown cross-reference '#missing'", result.Error);
    }

    private async Task<CliRun> AssertLeavesNothingAsync(string[] args)
    {
        var tmp = Directory.CreateDirectory(_temp.Combine("tmp")).FullName;
        var made = new List<string>();
        using (var watcher = new FileSystemWatcher(tmp) { EnableRaisingEvents = true })
        {
            watcher.Created += (_, e) =>
            {
                lock (made)
                {
                    made.Add(Path.GetFileName(e.FullPath));
                }
            };
            using var run = CliProcess.Start(new Dictionary<string, string> { ["TMPDIR"] = tmp }, args);
            var result = await run.FinishAsync();

            Assert.True(result.ExitCode is 0 or 1 or 2, result.ToString());
            Assert.Empty(Directory.GetFileSystemEntries(tmp));
            Assert.Empty(ProcessesMentioning(tmp));
            Assert.False(Directory.Exists(_temp.Combine("out")));
            await Task.Delay(200); // the watcher's last events
            lock (made)
            {
                Assert.Contains(made, name => name.StartsWith("policybuild-lo-", StringComparison.Ordinal)); // LibreOffice was being started
            }

            return result;
        }
    }

    /// <summary>Live processes whose command line names the folder (soffice names its profile there); zombies have none.</summary>
    private static List<string> ProcessesMentioning(string folder) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Where(d => int.TryParse(Path.GetFileName(d), out _))
            .Select(d => ReadQuietly(Path.Combine(d, "cmdline")))
            .Where(cmdline => cmdline.Contains(folder, StringComparison.Ordinal))];

    private static string ReadQuietly(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty; // the process ended meanwhile
        }
    }
}
