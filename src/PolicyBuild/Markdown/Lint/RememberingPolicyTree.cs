using PolicyBuild.Authoring;

namespace PolicyBuild.Markdown.Lint;

/// <summary>
/// A policy tree that keeps each file's text once read, so that the checks after loading read
/// fragments from memory rather than from disk a second time.
/// </summary>
public sealed class RememberingPolicyTree(IPolicyTree inner) : IPolicyTree
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public string DisplayRoot => inner.DisplayRoot;

    public bool FileExists(string relativePath) => _texts.ContainsKey(relativePath) || inner.FileExists(relativePath);

    public string ReadAllText(string relativePath)
    {
        if (!_texts.TryGetValue(relativePath, out var text))
        {
            text = inner.ReadAllText(relativePath);
            _texts[relativePath] = text;
        }

        return text;
    }

    public IReadOnlyList<string> ListDirectories(string relativePath) => inner.ListDirectories(relativePath);

    public IReadOnlyList<string> ListFiles(string relativePath) => inner.ListFiles(relativePath);

    public IPolicyTree SubTree(string relativePath) => inner.SubTree(relativePath);
}
