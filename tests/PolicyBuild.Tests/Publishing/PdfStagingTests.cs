using PolicyBuild.Publishing.Pdf;

namespace PolicyBuild.Tests.Publishing;

/// <summary>
/// A run killed while converting leaves its temporary folder; the next run removes it, and never a live run's,
/// nor one made in another pid namespace (a container sharing the temporary folder, whose process ids are not ours).
/// </summary>
public class PdfStagingTests
{
    // No process has an id this large (Linux's pid_max is at most 4,194,304).
    private const int DeadPid = 2_000_000_000;

    [Fact]
    public void A_dead_runs_folder_is_removed_and_a_live_ones_kept()
    {
        var space = File.ResolveLinkTarget("/proc/self/ns/pid", returnFinalTarget: false)!.Name; // pid:[4026531836]
        var ours = space[5..^1];
        var folders = new Dictionary<string, bool> // name -> removed by the next run
        {
            [$"policybuild-pdf-{DeadPid}-{ours}-{Guid.NewGuid():N}"] = true,
            [$"policybuild-pdf-{DeadPid}-{Guid.NewGuid():N}"] = true, // an older PolicyBuild's name
            [$"policybuild-pdf-{Environment.ProcessId}-{ours}-{Guid.NewGuid():N}"] = false,
            [$"policybuild-pdf-{DeadPid}-{ours}1-{Guid.NewGuid():N}"] = false, // made in another namespace
            [$"policybuild-pdf-{DeadPid % 100_000_000:D8}"] = false, // not named by a run (Python's mkdtemp names look like this)
        };
        foreach (var name in folders.Keys)
        {
            File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), name)).FullName, "left.docx"), "left by a run");
        }

        DirectoryInfo? created = null;
        try
        {
            created = PdfStaging.Create();

            foreach (var (name, removed) in folders)
            {
                Assert.True(Directory.Exists(Path.Combine(Path.GetTempPath(), name)) != removed, $"{name} {(removed ? "was kept" : "was removed")}");
            }

            Assert.StartsWith($"policybuild-pdf-{Environment.ProcessId}-{ours}-", created.Name);
        }
        finally
        {
            foreach (var folder in folders.Keys.Select(name => Path.Combine(Path.GetTempPath(), name)).Append(created?.FullName))
            {
                if (folder is not null && Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }
}
