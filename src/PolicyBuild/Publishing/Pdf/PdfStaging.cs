using System.Diagnostics;
using System.Globalization;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>
/// The private temporary folder a run converts its documents in: named with the run's process
/// id, so that a run killed mid-conversion (its folder never deleted) is recognised by the next
/// run, which removes the folders of processes that no longer exist.
/// </summary>
internal static class PdfStaging
{
    private const string Prefix = "policybuild-pdf-";

    public static DirectoryInfo Create()
    {
        ClearAbandoned();
        return Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}"));
    }

    private static void ClearAbandoned()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var owner = Path.GetFileName(folder)[Prefix.Length..].Split('-')[0];
            if (int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Another user's, or going already: not this run's concern.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
