using PolicyBuild.Tests.Safety;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing.LibreOffice;

/// <summary>
/// A PDF run killed outright (SIGKILL to it and everything it started: what the out-of-memory killer
/// or a CI's timeout does) cannot remove LibreOffice's profile or its staging folder. The next PDF run
/// removes them: each folder is named with the id of the process that made it, and a folder whose
/// process is gone is abandoned. Both runs are the real command with one private TMPDIR.
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public sealed class KilledRunTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_next_pdf_run_removes_what_a_killed_one_left()
    {
        var tmp = Directory.CreateDirectory(_temp.Combine("tmp")).FullName;
        var environment = new Dictionary<string, string> { ["TMPDIR"] = tmp };
        string[] Build(string output) => ["build", RepositoryPaths.SamplePolicy, "--pdf", "--out", _temp.Combine(output), "--quiet"];

        using (var killed = CliProcess.Start(environment, Build("killed")))
        {
            // LibreOffice has begun writing its profile: the folder is in use and not yet removable by its owner.
            await WaitUntilAsync(() => Directory.EnumerateDirectories(tmp, "policybuild-lo-*").Any(d => Directory.EnumerateFileSystemEntries(d).Any()));
            killed.KillNow();
        }

        Assert.Contains(Ours(tmp), name => name.StartsWith("policybuild-lo-", StringComparison.Ordinal)); // else the kill came too late to test anything

        using var next = CliProcess.Start(environment, Build("next"));
        var result = await next.FinishAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(_temp.Combine("next"), "social-media", "social-media.pdf")), result.ToString());
        Assert.Equal([], Ours(tmp));
    }

    /// <summary>PolicyBuild's entries in the folder (the killed .NET runtime's own diagnostic pipes are not).</summary>
    private static List<string> Ours(string folder) =>
        [.. Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Where(name => name.StartsWith("policybuild-", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "LibreOffice never started writing its profile");
            await Task.Delay(10);
        }
    }
}
