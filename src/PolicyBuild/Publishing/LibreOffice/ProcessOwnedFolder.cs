using System.Diagnostics;
using System.Globalization;

namespace PolicyBuild.Publishing.LibreOffice;

/// <summary>
/// A private temporary folder named with the id of the process that made it. A run killed before
/// it could remove its folder (SIGKILL, the out-of-memory killer, a power cut) is recognised by the
/// next run with the same prefix, which removes the folders of processes that no longer exist and
/// never a live run's.
/// </summary>
internal static class ProcessOwnedFolder
{
    private const int DeleteAttempts = 5;
    private static readonly TimeSpan DeleteRetryDelay = TimeSpan.FromMilliseconds(20);

    public static DirectoryInfo Create(string prefix)
    {
        ClearAbandoned(prefix);
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        return OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(path)
            : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>Removes a folder and all in it, if it is there; a folder that cannot be removed is left.</summary>
    /// <remarks>
    /// Tried a few times: a soffice killed a moment ago may still be writing into its profile, and a file
    /// made while the folder is removed leaves it not empty.
    /// </remarks>
    public static void DeleteQuietly(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < DeleteAttempts)
            {
                Thread.Sleep(DeleteRetryDelay);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another user's, or still in use: a leftover temporary folder is not worth failing a run over.
                return;
            }
        }
    }

    private static void ClearAbandoned(string prefix)
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), prefix + "*"))
        {
            var owner = Path.GetFileName(folder)[prefix.Length..].Split('-')[0];
            if (int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                DeleteQuietly(folder);
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
