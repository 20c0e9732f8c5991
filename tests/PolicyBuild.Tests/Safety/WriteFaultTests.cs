using System.Diagnostics;
using PolicyBuild.Tests.Cli;

namespace PolicyBuild.Tests.Safety;

/// <summary>
/// Fault injection for the write phase, with real processes: killed between any two files or
/// right after the swap (50 kills), twenty runs of two versions into one folder at once, a disk
/// that fills up (a small tmpfs) and a read-only mount. The output folder must always hold one
/// version's whole set, and what a killed run left must be cleared by the next.
/// </summary>
[Collection(WriteFaultCollection.Name)]
public sealed class WriteFaultTests : IDisposable
{
    private const int Kills = 50;

    private readonly VersionedPolicy _versions = new();

    /// <summary>5 files staged one by one, then the swap.</summary>
    private const int WriteSteps = 6;

    [Fact]
    public async Task Fifty_kills_in_the_write_phase_never_leave_a_mixed_set()
    {
        var outRoot = _versions.Combine("out");
        Assert.Equal(0, CliRun.Of(_versions.BuildArgs(_versions.A, outRoot)).ExitCode);
        var current = "A";
        var outcomes = new List<string>();
        for (var kill = 0; kill < Kills; kill++)
        {
            var (policy, version) = current == "A" ? (_versions.B, "B") : (_versions.A, "A");
            var step = 1 + (kill % WriteSteps);
            using var run = CliProcess.PausingAt(step, _versions.BuildArgs(policy, outRoot));
            var pausedAt = await run.KillWhenPausedAsync();

            // Killed before the swap, the folder is the last whole set; right after it, the new one.
            var expected = step == WriteSteps ? version : current;
            var found = _versions.Identify(outRoot);
            Assert.True(found == expected, $"kill {kill + 1} ({pausedAt}): expected set {expected}, found {found}");
            outcomes.Add($"{pausedAt} → {found}");
            current = found;
        }

        Assert.Equal(Kills, outcomes.Count);
        Assert.Contains(outcomes, o => o.EndsWith("swapped → A", StringComparison.Ordinal) || o.EndsWith("swapped → B", StringComparison.Ordinal));
        Assert.NotEmpty(VersionedPolicy.Leftovers(outRoot));

        // The next run clears what the killed ones left, and writes its whole set.
        var clean = CliRun.Of(_versions.BuildArgs(_versions.A, outRoot));
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Equal("A", _versions.Identify(outRoot));
        Assert.Empty(VersionedPolicy.Leftovers(outRoot));
    }

    [Fact]
    public async Task Twenty_runs_of_two_versions_into_one_folder_at_once_leave_one_whole_set()
    {
        var outRoot = _versions.Combine("concurrent");
        var runs = Enumerable.Range(0, 20).Select(i => CliProcess.Start(_versions.BuildArgs(i % 2 == 0 ? _versions.A : _versions.B, outRoot))).ToList();
        try
        {
            var results = await Task.WhenAll(runs.Select(r => r.FinishAsync()));
            Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
            Assert.Contains(_versions.Identify(outRoot), new[] { "A", "B" });
            Assert.Empty(VersionedPolicy.Leftovers(outRoot));
        }
        finally
        {
            runs.ForEach(r => r.Dispose());
        }
    }

    [Fact]
    public void A_disk_that_fills_up_leaves_the_last_whole_set_and_no_staging()
    {
        var outRoot = Mount("full", "tmpfs", "-t", "tmpfs", "-o", "size=512k", "tmpfs");
        Assert.Equal(0, CliRun.Of(_versions.BuildArgs(_versions.A, outRoot)).ExitCode);
        var filler = Path.Combine(outRoot, "filler");
        using (var stream = File.Create(filler))
        {
            // Leave less room than a second set needs.
            stream.Write(new byte[new DriveInfo(outRoot).AvailableFreeSpace - (16 * 1024)]);
        }

        var full = CliRun.Of(_versions.BuildArgs(_versions.B, outRoot));

        Assert.True(full.ExitCode == 1, full.ToString());
        Assert.Matches(@"^error: cannot write the outputs in .*No space left on device.*\(no output was replaced\)", full.Error);
        Assert.Equal("A", _versions.Identify(outRoot));
        Assert.Empty(VersionedPolicy.Leftovers(outRoot));
        File.Delete(filler);
        Assert.Equal(0, CliRun.Of(_versions.BuildArgs(_versions.B, outRoot)).ExitCode);
        Assert.Equal("B", _versions.Identify(outRoot));
    }

    [Fact]
    public void A_read_only_mount_is_an_error_and_the_set_stays()
    {
        var outRoot = _versions.Combine("readonly");
        Assert.Equal(0, CliRun.Of(_versions.BuildArgs(_versions.A, outRoot)).ExitCode);
        Mount("readonly", "bind", "--bind", outRoot);
        Run("mount", "-o", "remount,ro,bind", outRoot);

        var run = CliRun.Of(_versions.BuildArgs(_versions.B, outRoot));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(@"^error: cannot write the outputs in .*(Read-only file system|denied)", run.Error);
        Assert.Equal("A", _versions.Identify(outRoot));
    }

    public void Dispose()
    {
        foreach (var mounted in _mounts)
        {
            Run("umount", mounted);
        }

        _versions.Dispose();
    }

    private readonly List<string> _mounts = [];

    /// <summary>Mounts at a folder of the test; the tests run as root (as CI does), which mount needs.</summary>
    private string Mount(string folder, string kind, params string[] args)
    {
        var target = _versions.Combine(folder);
        Directory.CreateDirectory(target);
        var exit = Run("mount", [.. args, target]);
        Assert.True(exit == 0, $"mount {kind} failed (the fault tests need root, as CI runs them)");
        _mounts.Insert(0, target);
        return target;
    }

    private static int Run(string command, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}

/// <summary>The fault tests mount and kill: one at a time, beside nothing else of their kind.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WriteFaultCollection
{
    public const string Name = "write faults";
}
