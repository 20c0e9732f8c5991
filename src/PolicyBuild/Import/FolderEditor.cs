using PolicyBuild.Authoring;

namespace PolicyBuild.Import;

/// <summary>
/// Edits files inside a policy folder in place: inside a git work tree with <c>git mv</c> and
/// <c>git rm</c> (history follows the files), otherwise, and for files git does not track, plainly.
/// </summary>
internal sealed class FolderEditor(string root, bool useGit)
{
    public static bool InGitWorkTree(string folder) => Git.RunText(Path.GetFullPath(folder), "rev-parse --is-inside-work-tree") == "true";

    public string Root { get; } = Path.GetFullPath(root);

    public void Remove(string relative)
    {
        if (useGit && Git.Run(Root, ["rm", "-q", "--", relative]) is not null)
        {
            return;
        }

        File.Delete(Full(relative));
    }

    public void Move(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Full(to))!);
        if (useGit && Git.Run(Root, ["mv", "--", from, to]) is not null)
        {
            return;
        }

        if (Directory.Exists(Full(from)))
        {
            Directory.Move(Full(from), Full(to));
        }
        else
        {
            File.Move(Full(from), Full(to));
        }
    }

    /// <summary>Writes the file when its content differs; returns whether it did.</summary>
    public bool Write(string relative, string content)
    {
        var file = Full(relative);
        if (File.Exists(file) && File.ReadAllText(file) == content)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temp = file + ".policybuild-tmp";
        File.WriteAllText(temp, content, new System.Text.UTF8Encoding(false));
        File.Move(temp, file, overwrite: true);
        return true;
    }

    /// <summary>Removes folders left empty (a section that is gone).</summary>
    public void RemoveEmptyFolders(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Select(Full).Where(f => Directory.Exists(f) && !Directory.EnumerateFileSystemEntries(f).Any()))
        {
            Directory.Delete(folder);
        }
    }

    public string Full(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
}
