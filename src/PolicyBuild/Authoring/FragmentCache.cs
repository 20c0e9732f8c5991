using System.Collections.Concurrent;

namespace PolicyBuild.Authoring;

/// <summary>
/// Parsed fragment files kept between the loads of one policy folder (watch), so that a save reads and
/// parses the saved file again, not all of them. A kept fragment is used only while its file is
/// unchanged on disk (same size and last write time, not a symbolic link) and nobody said it changed
/// (<see cref="Forget"/>: a watcher's paths, a file or a folder holding it). Only fragments read without
/// a diagnostic are kept: a bad file is read each time, so its errors come out as a fresh load's.
/// </summary>
public sealed class FragmentCache
{
    private readonly ConcurrentDictionary<string, Kept> _kept = new(StringComparer.Ordinal);

    /// <summary>How many fragments the last load took from the cache, and how many it read (for --verbose and tests).</summary>
    public (int Kept, int Read) LastLoad { get; private set; }

    /// <summary>Forgets every kept fragment at, inside or above a changed path (a lost event names a watched folder).</summary>
    public void Forget(IEnumerable<string> changedPaths)
    {
        foreach (var changed in changedPaths.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))))
        {
            foreach (var key in _kept.Keys.Where(k => k == changed || k.StartsWith(changed + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                _kept.TryRemove(key, out _);
            }
        }
    }

    /// <summary>The kept fragment of <paramref name="fullPath"/> when it was read as <paramref name="displayPath"/> with this default id and its file is unchanged.</summary>
    internal Fragment? Find(string fullPath, string displayPath, string defaultId)
    {
        return _kept.TryGetValue(fullPath, out var kept) && kept.DisplayPath == displayPath && kept.DefaultId == defaultId
            && Stamp(fullPath) is { } stamp && stamp == kept.Stamp
                ? kept.Fragment
                : null;
    }

    /// <summary>Keeps a fragment read without diagnostics, stamped as its file was before the read (a save during it is seen next time).</summary>
    internal void Keep(string fullPath, string displayPath, string defaultId, FileStamp? stampBeforeRead, Fragment fragment)
    {
        if (stampBeforeRead is { } stamp && Stamp(fullPath) == stamp)
        {
            _kept[fullPath] = new Kept(displayPath, defaultId, stamp, fragment);
        }
        else
        {
            _kept.TryRemove(fullPath, out _);
        }
    }

    internal void Counted(int kept, int read) => LastLoad = (kept, read);

    /// <summary>The file's size and last write time; null for a symbolic link or a missing file (never kept).</summary>
    /// <remarks>
    /// One lstat for all of it: a link is told by its attributes, which come with the same status
    /// (asking for <see cref="FileSystemInfo.LinkTarget"/> read the link of every file again, a second
    /// system call per fragment on every save in watch).
    /// </remarks>
    internal static FileStamp? Stamp(string fullPath)
    {
        var file = new FileInfo(fullPath);
        return file.Exists && !file.Attributes.HasFlag(FileAttributes.ReparsePoint) ? new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks) : null;
    }

    private sealed record Kept(string DisplayPath, string DefaultId, FileStamp Stamp, Fragment Fragment);
}

/// <summary>What tells a file changed without reading it: its size and last write time.</summary>
internal readonly record struct FileStamp(long Length, long LastWriteTicks);
