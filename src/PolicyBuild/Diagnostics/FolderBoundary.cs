namespace PolicyBuild.Diagnostics;

/// <summary>
/// The one rule for paths: a file is read (or written) only when its real path, every symbolic
/// link resolved, lies inside the folder it belongs to. A link out of the folder, a dangling link
/// and a loop of links are located errors naming the file.
/// </summary>
public sealed class FolderBoundary
{
    private const int MaxLinkHops = 40;

    private readonly string _realRoot;
    private readonly string _rootPrefix;
    private readonly string _realRootPrefix;

    /// <param name="root">The folder; it may itself be reached through links.</param>
    /// <param name="description">What the folder is, for messages: "the policy folder", "the templates folder".</param>
    public FolderBoundary(string root, string description)
    {
        Root = Path.GetFullPath(root);
        Description = description;
        _realRoot = RealPath(Root) ?? Root;
        _rootPrefix = WithSeparator(Root);
        _realRootPrefix = WithSeparator(_realRoot);
    }

    public string Root { get; }

    public string Description { get; }

    /// <summary>True when <paramref name="path"/> resolves inside the folder.</summary>
    public bool Contains(string path) => RealPath(Path.GetFullPath(path)) is { } real && IsInside(real);

    /// <summary>
    /// The real path of <paramref name="path"/>, checked: inside the folder, and (with <paramref name="mustExist"/>)
    /// an existing file or folder. <paramref name="display"/> names it in the error.
    /// </summary>
    public string Resolve(string path, string display, bool mustExist = true) => ResolveEntry(path, display, mustExist).RealPath;

    /// <summary>
    /// As <see cref="Resolve"/>, with what one look at the real path saw (exists, a folder or a file, its
    /// length): a policy's thousand files each read need not be looked up three more times.
    /// </summary>
    public (string RealPath, FileInfo Entry) ResolveEntry(string path, string display, bool mustExist = true)
    {
        var full = Path.GetFullPath(path);
        var real = RealPathUnderRoot(full)
            ?? throw new PolicyBuildException(new SourceLocation(display), "the chain of symbolic links does not end (a loop): replace the link with the file");
        if (!IsInside(real))
        {
            throw new PolicyBuildException(new SourceLocation(display),
                $"resolves to {real}, outside {Description} ({DisplayPath.Of(Root)}): PolicyBuild reads and writes only inside it; copy the file in instead of linking it");
        }

        // The real path holds no link, so this one look (lstat) is the file's or folder's own.
        var entry = new FileInfo(real);
        if (mustExist && (int)entry.Attributes == -1)
        {
            throw new PolicyBuildException(new SourceLocation(display),
                full == real ? "file not found" : $"is a symbolic link to {real}, which does not exist");
        }

        return (real, entry);
    }

    private bool IsInside(string real) =>
        real == _realRoot || real.StartsWith(_realRootPrefix, StringComparison.Ordinal);

    private static string WithSeparator(string folder) =>
        folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;

    /// <summary>
    /// The real path of a path inside <see cref="Root"/>, resolved from the root's real path (known
    /// since construction) rather than from '/': a policy's thousand files need not each have every
    /// folder above the policy looked up again.
    /// </summary>
    private string? RealPathUnderRoot(string fullPath)
    {
        return fullPath.StartsWith(_rootPrefix, StringComparison.Ordinal)
            ? RealPath(_realRoot, fullPath[_rootPrefix.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
            : RealPath(fullPath);
    }

    /// <summary>Like realpath(3), but a missing last part is allowed; null for a loop of links.</summary>
    public static string? RealPath(string fullPath) => RealPath(Path.GetPathRoot(fullPath) ?? "/", Split(fullPath));

    /// <summary>Resolves <paramref name="parts"/> one by one from the real folder <paramref name="start"/>.</summary>
    private static string? RealPath(string start, IEnumerable<string> parts)
    {
        var pending = new Stack<string>(parts.Reverse());
        var current = start;
        var hops = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part is "." or "")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            // The link's target replaces it; a relative target is relative to the link's folder.
            var replaced = Path.IsPathRooted(target) ? target : Path.Join(current, target);
            foreach (var piece in Split(replaced).Reverse())
            {
                pending.Push(piece);
            }

            current = Path.GetPathRoot(Path.GetFullPath(replaced)) ?? "/";
        }

        return current;
    }

    private static IEnumerable<string> Split(string path) =>
        path[(Path.GetPathRoot(path)?.Length ?? 0)..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
}
