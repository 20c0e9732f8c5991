using System.Diagnostics;
using System.Globalization;

namespace PolicyBuild.Publishing.LibreOffice;

/// <summary>
/// A private temporary folder named with the id of the process that made it and of its pid namespace.
/// A run killed before it could remove its folder (SIGKILL, the out-of-memory killer, a power cut) is
/// recognised by the next run with the same prefix, which removes the folders of processes that no longer
/// exist and never a live run's. Containers sharing one temporary folder number their processes each in
/// their own namespace: a folder made in another is never judged by this one's process ids.
/// </summary>
internal static class ProcessOwnedFolder
{
    private const int DeleteAttempts = 5;
    private static readonly TimeSpan DeleteRetryDelay = TimeSpan.FromMilliseconds(20);

    public static DirectoryInfo Create(string prefix)
    {
        var space = PidNamespace();
        ClearAbandoned(prefix, space);
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}{Environment.ProcessId}-{space}-{Guid.NewGuid():N}");
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

    /// <param name="prefix">The folders' name prefix.</param>
    /// <param name="space">This process's pid namespace (<see cref="PidNamespace"/>).</param>
    private static void ClearAbandoned(string prefix, string space)
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), prefix + "*"))
        {
            // <pid>-<namespace>-<guid>; an older PolicyBuild's <pid>-<guid> is judged as it was; any other name is not ours.
            var parts = Path.GetFileName(folder)[prefix.Length..].Split('-');
            var judged = parts.Length == 3 ? parts[1] == space : parts.Length == 2;
            if (judged && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                DeleteQuietly(folder);
            }
        }
    }

    /// <summary>The inode of this process's pid namespace (<c>/proc/self/ns/pid</c> links to <c>pid:[4026531836]</c>); "0" where there is none.</summary>
    private static string PidNamespace()
    {
        try
        {
            if (new FileInfo("/proc/self/ns/pid").LinkTarget is { } target && target.StartsWith("pid:[", StringComparison.Ordinal) && target.EndsWith(']'))
            {
                return target[5..^1];
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No such link (not Linux, no /proc): one namespace as far as this run can tell.
        }

        return "0";
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
