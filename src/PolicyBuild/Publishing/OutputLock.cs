using System.Diagnostics;

namespace PolicyBuild.Publishing;

/// <summary>
/// Serialises runs writing into one output folder: an exclusive lock on <c>.&lt;name&gt;.lock</c>
/// beside it (an advisory <c>flock</c> on Unix, released by the system when a process dies, so a
/// killed run never leaves it held). A second run waits for the first, up to a limit.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    public static OutputLock Acquire(string lockFile, string folderDisplay, TimeSpan wait, Action? waiting = null)
    {
        var started = Stopwatch.GetTimestamp();
        var told = false;
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException ex) when (IsHeldByAnother(ex) && Stopwatch.GetElapsedTime(started) < wait)
            {
                if (!told)
                {
                    waiting?.Invoke();
                    told = true;
                }

                Thread.Sleep(50);
            }
            catch (IOException ex) when (IsHeldByAnother(ex))
            {
                throw new Diagnostics.PolicyBuildException(
                    $"another run has been writing {folderDisplay} for over {wait.TotalSeconds:0} s (it holds {Diagnostics.DisplayPath.Of(lockFile)}): wait for it to finish, or build into another --out");
            }
        }
    }

    public void Dispose() => _stream.Dispose();

    /// <summary>
    /// Locked by another process, not broken (a read-only disk, no permission): the lock call's
    /// "would block" (EAGAIN on Linux, EWOULDBLOCK on macOS) or Windows' sharing violation.
    /// </summary>
    private static bool IsHeldByAnother(IOException ex) => ex.HResult is 11 or 35 || (ex.HResult & 0xFFFF) == 32;
}
