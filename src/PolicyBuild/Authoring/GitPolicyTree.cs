using System.Text;

namespace PolicyBuild.Authoring;

/// <summary>
/// A policy folder as it was at a git revision, read with <c>git ls-tree</c> and one
/// <c>git cat-file --batch</c>: nothing is checked out and the work tree is untouched.
/// </summary>
public sealed class GitPolicyTree : IPolicyTree
{
    /// <summary>git's mode for a symbolic link, whose blob holds the link's target, not a file's text.</summary>
    private const string SymlinkMode = "120000";

    private readonly Dictionary<string, (string Mode, byte[] Content)> _files;

    private GitPolicyTree(Dictionary<string, (string Mode, byte[] Content)> files, string displayRoot)
    {
        _files = files;
        DisplayRoot = displayRoot;
    }

    public string DisplayRoot { get; }

    /// <summary>Reads <paramref name="folder"/> at <paramref name="revision"/>; null if the revision or folder does not exist there.</summary>
    public static GitPolicyTree? TryOpen(string folder, string revision)
    {
        var full = Path.GetFullPath(folder);
        var prefix = Text(Git.Run(full, ["rev-parse", "--show-prefix"]))?.TrimEnd('\n');
        var commit = Text(Git.Run(full, ["rev-parse", "--verify", "--quiet", $"{revision}^{{commit}}"]))?.Trim();
        if (prefix is null || string.IsNullOrEmpty(commit))
        {
            return null;
        }

        // -z: paths NUL-separated and never quoted (git quotes names outside ASCII otherwise).
        // No pathspec at the repository's root: git refuses an empty one.
        string[] listTree = prefix.Length == 0
            ? ["ls-tree", "-r", "-z", "--full-tree", commit]
            : ["ls-tree", "-r", "-z", "--full-tree", commit, "--", prefix];
        var listing = Text(Git.Run(full, listTree));
        if (string.IsNullOrEmpty(listing))
        {
            return null;
        }

        var entries = listing.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', 2))
            .Where(parts => parts.Length == 2 && parts[0].Split(' ')[1] == "blob" && parts[1].StartsWith(prefix, StringComparison.Ordinal))
            .Select(parts => (Mode: parts[0].Split(' ')[0], Object: parts[0].Split(' ')[2], Path: parts[1][prefix.Length..]))
            .ToList();
        if (entries.Count == 0)
        {
            return null;
        }

        var contents = ReadBlobs(full, entries.Select(e => e.Object).ToList());
        var files = entries.Zip(contents).ToDictionary(p => p.First.Path, p => (p.First.Mode, p.Second), StringComparer.Ordinal);
        return new GitPolicyTree(files, $"{revision}:{prefix.TrimEnd('/')}");
    }

    public bool FileExists(string relativePath) => _files.ContainsKey(relativePath);

    public string ReadAllText(string relativePath)
    {
        var display = ((IPolicyTree)this).DisplayPath(relativePath);
        var (mode, content) = _files[relativePath];
        return mode == SymlinkMode
            ? throw new Diagnostics.PolicyBuildException(new Diagnostics.SourceLocation(display),
                $"is a symbolic link (to {Encoding.UTF8.GetString(content)}) in the revision: a policy's files must be files, not links")
            : Diagnostics.SourceText.Decode(content, display);
    }

    public IReadOnlyList<string> ListDirectories(string relativePath) =>
        Children(relativePath).Where(c => c.IsFolder).Select(c => c.Name).Distinct().Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> ListFiles(string relativePath) =>
        Children(relativePath).Where(c => !c.IsFolder).Select(c => c.Name).Order(StringComparer.Ordinal).ToList();

    public IPolicyTree SubTree(string relativePath)
    {
        var prefix = relativePath.TrimEnd('/') + "/";
        var files = _files.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(f => f.Key[prefix.Length..], f => f.Value, StringComparer.Ordinal);
        return new GitPolicyTree(files, $"{DisplayRoot}/{relativePath}");
    }

    private IEnumerable<(string Name, bool IsFolder)> Children(string folder)
    {
        var prefix = folder.Length == 0 ? string.Empty : folder.TrimEnd('/') + "/";
        foreach (var path in _files.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var rest = path[prefix.Length..];
            var slash = rest.IndexOf('/');
            yield return slash < 0 ? (rest, false) : (rest[..slash], true);
        }
    }

    private static string? Text(byte[]? output) => output is null ? null : Encoding.UTF8.GetString(output);

    private static List<byte[]> ReadBlobs(string folder, List<string> objects)
    {
        var output = Git.Run(folder, ["cat-file", "--batch"], string.Join('\n', objects) + "\n") ?? [];
        var result = new List<byte[]>(objects.Count);
        var position = 0;
        foreach (var _ in objects)
        {
            var headerEnd = Array.IndexOf(output, (byte)'\n', position);
            var header = Encoding.ASCII.GetString(output, position, headerEnd - position).Split(' ');
            var size = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
            result.Add(output.AsSpan(headerEnd + 1, size).ToArray());
            position = headerEnd + 1 + size + 1;
        }

        return result;
    }
}
