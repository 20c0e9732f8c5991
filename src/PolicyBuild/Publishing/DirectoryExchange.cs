using System.Runtime.InteropServices;

namespace PolicyBuild.Publishing;

/// <summary>
/// Swaps two folders in one step where the system can (Linux <c>renameat2(RENAME_EXCHANGE)</c>), so
/// a reader sees the old set or the new one and never no folder; elsewhere, two renames.
/// </summary>
internal static class DirectoryExchange
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>Puts <paramref name="staged"/> at <paramref name="target"/>; what was at the target ends up at <paramref name="staged"/>.</summary>
    /// <param name="staged">The folder to put in place, written in full.</param>
    /// <param name="target">The folder to replace; it must exist.</param>
    /// <param name="aside">Where the old folder waits between the two renames when the system cannot swap.</param>
    public static void Swap(string staged, string target, string aside)
    {
        if (OperatingSystem.IsLinux() && TryExchange(staged, target))
        {
            return;
        }

        // A run killed between these two renames leaves the old set at 'aside'; the next run puts it back (OutputSet).
        Directory.Move(target, aside);
        Directory.Move(staged, target);
        Directory.Move(aside, staged);
    }

    private static bool TryExchange(string first, string second)
    {
        try
        {
            return RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // An old C library without renameat2: fall back to the renames.
            return false;
        }
    }

    // DllImport, not LibraryImport: the generated stub would need unsafe code enabled for one call.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
