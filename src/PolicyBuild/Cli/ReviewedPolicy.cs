using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Diagnostics;
using PolicyBuild.Rendering.Docx;

namespace PolicyBuild.Cli;

/// <summary>Which policy under <c>policy-src/</c> a reviewed document was built from: the one whose clause bookmarks it holds most of.</summary>
public static class ReviewedPolicy
{
    public static string Find(string document)
    {
        HashSet<string> bookmarks;
        // Read as the review reads it: within the limits for a Word document from elsewhere, its faults told as errors.
        using (var package = Import.Word.WordPackage.Open(document))
        {
            bookmarks = package.MainDocumentPart?.Document?.Body?.Descendants<BookmarkStart>().Select(b => b.Name?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
        }

        var best = PolicyDiscovery.Resolve(null)
            .Select(folder => (Folder: folder, Found: Ids(folder).Count(id => bookmarks.Contains(BookmarkNames.For(id)))))
            .Where(p => p.Found > 0).OrderByDescending(p => p.Found).FirstOrDefault();
        return best.Folder ?? throw new PolicyBuildException(new SourceLocation(document),
            $"no policy under {PolicyDiscovery.DefaultSourceRoot}/ has its clauses in this document: name the policy folder with --policy");
    }

    /// <summary>Section and clause ids by file and folder slug: enough to recognise a policy without loading it.</summary>
    private static IEnumerable<string> Ids(string folder) =>
        Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}baselines{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f) == Authoring.PolicyLoader.SectionFile ? Path.GetFileName(Path.GetDirectoryName(f)!) : Path.GetFileNameWithoutExtension(f))
            .Select(n => Authoring.FragmentName.TryParse(n, out var name) ? name.Slug : null).OfType<string>();
}
