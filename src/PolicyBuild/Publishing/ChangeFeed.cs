using System.Threading.Channels;

namespace PolicyBuild.Publishing;

/// <summary>
/// File-system changes under some folders as one stream of paths, without editors' swap and backup
/// files, hidden files, or anything under the output folder (the build's own writes).
/// </summary>
public sealed class ChangeFeed : IDisposable
{
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly string _ignored;

    /// <param name="folders">The folders to watch, with their sub-folders; missing ones are skipped.</param>
    /// <param name="ignoredFolder">Changes under this folder are not reported (the build's output).</param>
    public ChangeFeed(IEnumerable<string> folders, string ignoredFolder)
    {
        _ignored = Path.GetFullPath(ignoredFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var folder in folders.Where(Directory.Exists).Select(Path.GetFullPath).Distinct())
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Post(folder, e.FullPath);
            watcher.Created += (_, e) => Post(folder, e.FullPath);
            watcher.Deleted += (_, e) => Post(folder, e.FullPath);
            watcher.Renamed += (_, e) => Post(folder, e.FullPath);
            watcher.Error += (_, _) => _changes.Writer.TryWrite(folder); // events lost: rebuild anyway
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The next burst of changes: waits for one, then for <paramref name="quiet"/> without another.</summary>
    public async Task<IReadOnlyList<string>> NextAsync(TimeSpan quiet, CancellationToken ct)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(ct).ConfigureAwait(false) };
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
            wait.CancelAfter(quiet);
            try
            {
                paths.Add(await _changes.Reader.ReadAsync(wait.Token).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return [.. paths];
            }
        }
    }

    public void Dispose() => _watchers.ForEach(w => w.Dispose());

    private void Post(string folder, string path)
    {
        var name = Path.GetFileName(path);
        var hidden = Path.GetRelativePath(folder, path).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
        var scratch = name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal);
        if (!hidden && !scratch && !(path + Path.DirectorySeparatorChar).StartsWith(_ignored, StringComparison.Ordinal))
        {
            _changes.Writer.TryWrite(path);
        }
    }
}
