namespace PolicyBuild.Import;

/// <summary>
/// What a folder written by import looks like: <c>policy.yml</c> and section folders holding only
/// Markdown files. <c>--force</c> replaces only such a folder; anything else in it (a <c>.git</c>,
/// the document being imported, a baseline, someone's notes) means it is not ours to delete.
/// </summary>
internal static class ImportedPolicyShape
{
    /// <summary>The first entry that does not belong in an imported policy folder, described; null when the folder is one.</summary>
    public static string? Stranger(string folder)
    {
        if (!File.Exists(Path.Combine(folder, Authoring.MetadataReader.FileName)))
        {
            return $"no {Authoring.MetadataReader.FileName}, so it is not a policy folder";
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (name == Authoring.MetadataReader.FileName && IsPlainFile(entry))
            {
                continue;
            }

            if (!Directory.Exists(entry) || new DirectoryInfo(entry).LinkTarget is not null || !Authoring.FragmentName.TryParse(name, out _))
            {
                return $"'{name}'";
            }

            var odd = Directory.EnumerateFileSystemEntries(entry).Order(StringComparer.Ordinal)
                .FirstOrDefault(e => !IsPlainFile(e) || !e.EndsWith(".md", StringComparison.Ordinal));
            if (odd is not null)
            {
                return $"'{name}/{Path.GetFileName(odd)}'";
            }
        }

        return null;
    }

    private static bool IsPlainFile(string path) => File.Exists(path) && new FileInfo(path).LinkTarget is null;
}
