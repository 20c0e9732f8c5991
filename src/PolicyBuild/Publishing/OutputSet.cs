using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Publishing;

/// <summary>
/// Replaces a policy's output folder (<c>&lt;out&gt;/&lt;short-name&gt;/</c>) whole: the run's files are
/// staged in a hidden sibling folder and swapped in, under a lock that serialises runs into the same
/// folder, so the folder always holds one run's complete set: never one version's .docx beside
/// another's changes.json, whatever is killed or fails when. Staging left by a killed run is
/// cleared by the next.
/// </summary>
public static class OutputSet
{
    /// <summary>How long a run waits for another writing the same folder.</summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromMinutes(5);

    /// <summary>Extensions of the files a run writes; a folder holding anything else is not replaced.</summary>
    private static readonly string[] OwnExtensions = [".docx", ".pdf", ".html", ".json"];

    /// <param name="folder">The policy's output folder; every file must be directly inside it.</param>
    /// <param name="files">The complete set.</param>
    /// <param name="step">Told of each step ("staged x.docx", "swapped"), for fault-injection tests.</param>
    /// <param name="waiting">Told once when another run holds the lock.</param>
    /// <exception cref="PolicyBuildException">The folder cannot be written: why, and which path.</exception>
    public static void Replace(string folder, IReadOnlyList<OutputFile> files, Action<string>? step = null, Action? waiting = null)
    {
        var target = Path.GetFullPath(folder);
        var display = DisplayPath.Of(target);
        var root = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        if (files.FirstOrDefault(f => Path.GetDirectoryName(Path.GetFullPath(f.Path)) != target) is { } stray)
        {
            throw new PolicyBuildException($"{DisplayPath.Of(stray.Path)} is not inside {display}: a run writes only inside its output folder");
        }

        Guard(() => PrepareRoot(root), root);
        using var outputLock = Guard(() => OutputLock.Acquire(Path.Combine(root, $".{name}.lock"), display, LockWait, waiting), root);
        Guard(() => ClearStale(root, name, target), root);
        CheckReplaceable(target, display);

        var unique = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        var staging = Path.Combine(root, $".{name}.staging-{unique}");
        try
        {
            Guard(() => Stage(staging, files, step), root);
            Guard(() => SwapIn(staging, target, Path.Combine(root, $".{name}.old-{unique}")), root);
            step?.Invoke("swapped");
        }
        finally
        {
            // After a swap the staging folder holds the old set; after a failure, the partial new one.
            DeleteQuietly(staging);
        }
    }

    private static void PrepareRoot(string root)
    {
        if (File.Exists(root))
        {
            throw new PolicyBuildException($"--out {DisplayPath.Of(root)} is a file, not a folder");
        }

        Directory.CreateDirectory(root);
    }

    /// <summary>
    /// Writes every file into the staging folder, then has them all reach the disk before the swap: the
    /// files are synced side by side, as one sync after another cost a sync's latency per file (10-35 ms
    /// for a watch's three files on a busy disk, against 4-13 ms side by side).
    /// </summary>
    private static void Stage(string staging, IReadOnlyList<OutputFile> files, Action<string>? step)
    {
        Directory.CreateDirectory(staging);
        var streams = new List<FileStream>();
        try
        {
            foreach (var file in files)
            {
                var stream = new FileStream(Path.Combine(staging, Path.GetFileName(file.Path)), FileMode.CreateNew, FileAccess.Write);
                streams.Add(stream);
                stream.Write(file.Content);
                stream.Flush();
                step?.Invoke($"staged {Path.GetFileName(file.Path)}");
            }

            var syncs = streams.Select(stream => Task.Run(() => stream.Flush(flushToDisk: true))).ToArray();
            try
            {
                Task.WaitAll(syncs);
            }
            catch (AggregateException ex)
            {
                // The first failure as itself (a full disk is an IOException), once every sync has ended.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
            }
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }

    private static void SwapIn(string staging, string target, string aside)
    {
        if (Directory.Exists(target))
        {
            DirectoryExchange.Swap(staging, target, aside);
        }
        else
        {
            Directory.Move(staging, target);
        }
    }

    /// <summary>Under the lock nobody else is staging: what a killed run left is removed, and an old set it had moved aside is put back.</summary>
    private static void ClearStale(string root, string name, string target)
    {
        var leftovers = Directory.GetDirectories(root, $".{name}.*").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var aside = leftovers.FirstOrDefault(d => d.StartsWith($".{name}.old-", StringComparison.Ordinal));
        if (aside is not null && !Directory.Exists(target))
        {
            Directory.Move(Path.Combine(root, aside), target);
        }

        foreach (var leftover in leftovers.Where(d => d.StartsWith($".{name}.staging-", StringComparison.Ordinal) || d.StartsWith($".{name}.old-", StringComparison.Ordinal)))
        {
            DeleteQuietly(Path.Combine(root, leftover));
        }
    }

    /// <summary>Only a folder of outputs is replaced: not a file, a link, or a folder holding someone's other files.</summary>
    private static void CheckReplaceable(string target, string display)
    {
        if (File.Exists(target))
        {
            throw new PolicyBuildException($"{display} is a file: the output folder of the policy cannot be written; move the file");
        }

        if (!Directory.Exists(target))
        {
            return;
        }

        if (new DirectoryInfo(target).LinkTarget is { } link)
        {
            throw new PolicyBuildException($"{display} is a symbolic link (to {link}): outputs are written only into a real folder inside --out");
        }

        var foreign = Directory.EnumerateFileSystemEntries(target)
            .Where(e => Directory.Exists(e) || !OwnExtensions.Contains(Path.GetExtension(e), StringComparer.Ordinal))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (foreign.Count > 0)
        {
            throw new PolicyBuildException(
                $"{display} holds {string.Join(", ", foreign.Take(3))}{(foreign.Count > 3 ? ", …" : string.Empty)}, which a build does not write: the folder is replaced whole by each build, so move them elsewhere or build into another --out");
        }
    }

    /// <summary>Runs a file-system step; a failure (read-only, full disk, permission) becomes an error naming the folder.</summary>
    private static T Guard<T>(Func<T> work, string root)
    {
        try
        {
            return work();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PolicyBuildException($"cannot write the outputs in {DisplayPath.Of(root)}: {ex.Message} (no output was replaced)");
        }
    }

    private static void Guard(Action work, string root) => Guard(() => { work(); return 0; }, root);

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next run to clear; the set in place is whole either way.
        }
    }
}
