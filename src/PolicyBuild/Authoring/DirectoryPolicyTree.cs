using PolicyBuild.Diagnostics;

namespace PolicyBuild.Authoring;

/// <summary>
/// A policy folder on disk. Every file and folder it gives out resolves inside the folder, symbolic
/// links followed first; text is read through <see cref="SourceText"/> (UTF-8, characters XML can hold).
/// </summary>
public sealed class DirectoryPolicyTree(string root, string? displayRoot = null) : IPolicyTree
{
    private readonly string _root = Path.GetFullPath(root);
    private readonly FolderBoundary _boundary = new(root, "the policy folder");

    public string DisplayRoot { get; } = (displayRoot ?? root).Replace('\\', '/').TrimEnd('/');

    public string FullPath(string relativePath) => Path.Combine(_root, relativePath);

    public bool FileExists(string relativePath) => File.Exists(FullPath(relativePath));

    public string ReadAllText(string relativePath)
    {
        var display = ((IPolicyTree)this).DisplayPath(relativePath);
        var (real, entry) = _boundary.ResolveEntry(FullPath(relativePath), display);
        return entry.Attributes.HasFlag(FileAttributes.Directory)
            ? throw new PolicyBuildException(new SourceLocation(display), "is a folder, not a file")
            : SourceText.Read(real, display, entry.Length);
    }

    public IReadOnlyList<string> ListDirectories(string relativePath)
    {
        if (!Directory.Exists(FullPath(relativePath)))
        {
            return [];
        }

        var names = Directory.GetDirectories(FullPath(relativePath)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        foreach (var name in names.Where(n => !n.StartsWith('.')))
        {
            // A section folder linked in from elsewhere would bring in files from outside the policy.
            var child = relativePath.Length == 0 ? name : $"{relativePath}/{name}";
            _boundary.Resolve(FullPath(child), ((IPolicyTree)this).DisplayPath(child));
        }

        return names;
    }

    public IReadOnlyList<string> ListFiles(string relativePath) =>
        Directory.Exists(FullPath(relativePath))
            ? Directory.GetFiles(FullPath(relativePath)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    public IPolicyTree SubTree(string relativePath) =>
        new DirectoryPolicyTree(FullPath(relativePath), $"{DisplayRoot}/{relativePath}");
}
