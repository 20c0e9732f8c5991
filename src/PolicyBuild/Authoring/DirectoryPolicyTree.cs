namespace PolicyBuild.Authoring;

/// <summary>A policy folder on disk.</summary>
public sealed class DirectoryPolicyTree(string root, string? displayRoot = null) : IPolicyTree
{
    private readonly string _root = Path.GetFullPath(root);

    public string DisplayRoot { get; } = (displayRoot ?? root).Replace('\\', '/').TrimEnd('/');

    public string FullPath(string relativePath) => Path.Combine(_root, relativePath);

    public bool FileExists(string relativePath) => File.Exists(FullPath(relativePath));

    public string ReadAllText(string relativePath) => File.ReadAllText(FullPath(relativePath));

    public IReadOnlyList<string> ListDirectories(string relativePath) =>
        Directory.Exists(FullPath(relativePath))
            ? Directory.GetDirectories(FullPath(relativePath)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    public IReadOnlyList<string> ListFiles(string relativePath) =>
        Directory.Exists(FullPath(relativePath))
            ? Directory.GetFiles(FullPath(relativePath)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    public IPolicyTree SubTree(string relativePath) =>
        new DirectoryPolicyTree(FullPath(relativePath), $"{DisplayRoot}/{relativePath}");
}
