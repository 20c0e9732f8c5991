using PolicyBuild.Publishing.Pdf;

namespace PolicyBuild.Tests.Publishing;

/// <summary>A run killed while converting leaves its temporary folder; the next run removes it, and never a live run's.</summary>
public class PdfStagingTests
{
    [Fact]
    public void A_dead_runs_folder_is_removed_and_a_live_ones_kept()
    {
        // No process has an id this large (Linux's pid_max is at most 4,194,304).
        var dead = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"policybuild-pdf-2000000000-{Guid.NewGuid():N}"));
        var live = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"policybuild-pdf-{Environment.ProcessId}-{Guid.NewGuid():N}"));
        File.WriteAllText(Path.Combine(dead.FullName, "left.docx"), "left by a killed run");
        DirectoryInfo? created = null;
        try
        {
            created = PdfStaging.Create();

            Assert.False(Directory.Exists(dead.FullName), "the dead run's folder is still there");
            Assert.True(Directory.Exists(live.FullName));
            Assert.StartsWith($"policybuild-pdf-{Environment.ProcessId}-", created.Name);
        }
        finally
        {
            foreach (var folder in new[] { dead.FullName, live.FullName, created?.FullName })
            {
                if (folder is not null && Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }
}
