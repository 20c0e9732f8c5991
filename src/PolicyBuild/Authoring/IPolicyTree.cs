namespace PolicyBuild.Authoring;

/// <summary>
/// A read-only view of a policy's folder: a directory on disk, or the same layout
/// at a git revision (read without checking it out). Paths are relative, with '/'.
/// </summary>
public interface IPolicyTree
{
    /// <summary>How the tree's files are named in messages, e.g. <c>policy-src/social-media</c>.</summary>
    string DisplayRoot { get; }

    bool FileExists(string relativePath);

    string ReadAllText(string relativePath);

    /// <summary>Immediate sub-folders of <paramref name="relativePath"/> ("" is the root), by name.</summary>
    IReadOnlyList<string> ListDirectories(string relativePath);

    /// <summary>Immediate files of <paramref name="relativePath"/>, by name.</summary>
    IReadOnlyList<string> ListFiles(string relativePath);

    /// <summary>The same tree rooted at a sub-folder (used for a baseline kept beside the draft).</summary>
    IPolicyTree SubTree(string relativePath);

    /// <summary>The name a message uses for a file of this tree.</summary>
    string DisplayPath(string relativePath) =>
        relativePath.Length == 0 ? DisplayRoot : $"{DisplayRoot}/{relativePath}";
}
