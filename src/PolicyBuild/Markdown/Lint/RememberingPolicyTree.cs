using System.Collections.Concurrent;
using PolicyBuild.Authoring;

namespace PolicyBuild.Markdown.Lint;

/// <summary>
/// A policy tree that keeps each file's text once read, so that the checks after loading read
/// fragments from memory rather than from disk a second time. The loader reads ahead on all cores,
/// so files are remembered from several threads at once.
/// </summary>
public sealed class RememberingPolicyTree(IPolicyTree inner) : IPolicyTree
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    public string DisplayRoot => inner.DisplayRoot;

    public bool FileExists(string relativePath) => _texts.ContainsKey(relativePath) || inner.FileExists(relativePath);

    public string ReadAllText(string relativePath) => _texts.GetOrAdd(relativePath, inner.ReadAllText);

    public IReadOnlyList<string> ListDirectories(string relativePath) => inner.ListDirectories(relativePath);

    public IReadOnlyList<string> ListFiles(string relativePath) => inner.ListFiles(relativePath);

    public IPolicyTree SubTree(string relativePath) => inner.SubTree(relativePath);
}
