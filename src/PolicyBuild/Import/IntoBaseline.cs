using PolicyBuild.Authoring;
using PolicyBuild.Model;
using PolicyBuild.Import.Word;
using PolicyBuild.Import.Writing;

namespace PolicyBuild.Import;

/// <summary>
/// The previous state of the policy, for the redline of what <c>import --into</c> brings in: policy.yml's
/// own <c>baseline:</c> when it has one; else the last commit, when the folder is committed as it is;
/// else a copy of it under <c>baselines/</c>.
/// </summary>
internal static class IntoBaseline
{
    // The folder the loader leaves alone, where the sample keeps its adopted version too.
    private const string Baselines = "baselines";

    /// <returns>The <c>baseline:</c> to write (null when policy.yml names one already), and whether it is a copy still to make.</returns>
    public static (string? Spec, bool IsCopy) Choose(PolicyFolder folder)
    {
        if (folder.Policy.Metadata.Baseline is not null)
        {
            return (null, false);
        }

        var root = Path.GetFullPath(folder.Root);
        if (FolderEditor.InGitWorkTree(root) && Git.RunText(root, "status --porcelain --untracked-files=all -- .") is "" && Git.RunText(root, "rev-parse HEAD") is { Length: 40 } commit
            && Git.RunText(root, "ls-files -- policy.yml") is { Length: > 0 })
        {
            return (commit, false);
        }

        var name = Slug.Of(folder.Policy.Metadata.Version.Replace('.', '-')) is { Length: > 0 } version ? $"version-{version}" : "previous";
        var target = $"{Baselines}/{name}";
        for (var n = 2; Directory.Exists(folder.FullPath(target)); n++)
        {
            target = $"{Baselines}/{name}-{n}";
        }

        return (target, true);
    }

    /// <summary>Copies policy.yml and the sections as they are now into <paramref name="target"/>.</summary>
    public static void Copy(PolicyFolder folder, string target)
    {
        var files = new[] { MetadataReader.FileName }.Concat(folder.Sections.SelectMany(s => s.Clauses.Select(c => c.Path).Prepend(s.SectionPath)));
        foreach (var file in files)
        {
            var to = folder.FullPath($"{target}/{file}");
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(folder.FullPath(file), to);
        }
    }
}

