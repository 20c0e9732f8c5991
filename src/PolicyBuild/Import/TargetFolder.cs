using PolicyBuild.Diagnostics;

namespace PolicyBuild.Import;

/// <summary>
/// The policy folder an import writes: never a non-empty folder without <c>--force</c>, and
/// written whole into a temporary folder beside it, checked, then moved into place, so a failed
/// import leaves nothing behind and an interrupted one never leaves half a policy.
/// </summary>
internal static class TargetFolder
{
    /// <summary>Throws when the target cannot be written: a file, or a non-empty folder without force.</summary>
    public static void CheckWritable(string target, bool force)
    {
        if (File.Exists(target))
        {
            throw new PolicyBuildException(new SourceLocation(target), "the target is a file: name a folder for the policy, e.g. policy-src/my-policy");
        }

        if (!Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any())
        {
            return;
        }

        if (!force)
        {
            throw new PolicyBuildException(new SourceLocation(target),
                "the folder exists and is not empty: choose another folder, or add --force to replace it (its files are deleted)");
        }

        if (new DirectoryInfo(target).LinkTarget is not null)
        {
            throw new PolicyBuildException(new SourceLocation(target), "the target is a symbolic link: name the real folder");
        }

        if (ImportedPolicyShape.Stranger(target) is { } stranger)
        {
            throw new PolicyBuildException(new SourceLocation(target),
                $"--force replaces only a policy folder as import writes it (policy.yml, section folders of .md files), and this one holds {stranger}: choose another folder");
        }
    }

    /// <summary>The document being imported must never be inside the folder the import replaces.</summary>
    public static void CheckInputOutside(string document, string target)
    {
        var real = Diagnostics.FolderBoundary.RealPath(Path.GetFullPath(document));
        if (real is not null && Directory.Exists(target) && new FolderBoundary(target, "the target folder").Contains(real))
        {
            throw new PolicyBuildException(new SourceLocation(target), $"the target folder holds the document being imported ({document}): import it into another folder");
        }
    }

    /// <param name="target">The policy folder.</param>
    /// <param name="files">Contents by path relative to the folder, with '/'.</param>
    /// <param name="check">Runs on the temporary folder before it is moved into place; throws to abandon the import.</param>
    public static void Write(string target, IReadOnlyDictionary<string, string> files, Action<string> check)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        var createdParent = !Directory.Exists(parent);
        var temp = Path.Combine(parent, $".{name}.import-{Environment.ProcessId}");
        try
        {
            // A folder of this name can only be left over from a run that was killed.
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }

            Directory.CreateDirectory(temp);
            foreach (var (path, content) in files)
            {
                var file = Path.Combine(temp, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, content, new System.Text.UTF8Encoding(false));
            }

            check(temp);
            MoveIntoPlace(temp, full, Path.Combine(parent, $".{name}.replaced-{Environment.ProcessId}"));
        }
        catch
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }

            if (createdParent && Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any())
            {
                Directory.Delete(parent);
            }

            throw;
        }
    }

    private static void MoveIntoPlace(string temp, string target, string replaced)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(temp, target);
            return;
        }

        // Set the old folder aside first, so a failed move can put it back.
        Directory.Move(target, replaced);
        try
        {
            Directory.Move(temp, target);
        }
        catch
        {
            Directory.Move(replaced, target);
            throw;
        }

        Directory.Delete(replaced, recursive: true);
    }
}
