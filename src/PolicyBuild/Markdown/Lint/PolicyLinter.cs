using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Model;

namespace PolicyBuild.Markdown.Lint;

/// <summary>
/// The checks a reviewer would raise on a policy that already loads: review date passed, ids
/// that differ from file slugs, empty sections, very long clauses, typed clause numbers and
/// links to missing files. Each is a located warning, sorted by file, line and column.
/// </summary>
public sealed class PolicyLinter(Markdig.MarkdownPipeline pipeline)
{
    /// <param name="policy">The policy as loaded from <paramref name="tree"/>.</param>
    /// <param name="tree">Its files; a <see cref="RememberingPolicyTree"/> the loader read spares reading them again.</param>
    /// <param name="folder">The policy folder on disk, for relative links.</param>
    /// <param name="options">Today's date and the word limit.</param>
    public IReadOnlyList<Diagnostic> Lint(Policy policy, IPolicyTree tree, DirectoryPolicyTree folder, LintOptions options)
    {
        var context = new LintContext(policy, tree, folder, Sources(policy, tree), options);
        ILintRule[] rules =
        [
            new ReviewDateRule(), new IdSlugRule(), new EmptySectionRule(), new LongClauseRule(pipeline), new TypedNumberRule(pipeline), new LocalLinkRule(pipeline),
        ];
        return rules.SelectMany(rule => rule.Check(context))
            .OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
            .ToList();
    }

    /// <summary>The fragment files in the loader's order, paired with the sections and clauses they became.</summary>
    private static List<LintSource> Sources(Policy policy, IPolicyTree tree)
    {
        var sources = new List<LintSource>();
        var ignored = new DiagnosticBag(); // the policy loaded, so its files read cleanly
        foreach (var ((folder, name), section) in Ordered(tree.ListDirectories("").Where(d => !PolicyLoader.ReservedFolders.Contains(d))).Zip(policy.Sections))
        {
            var sectionPath = $"{folder}/{PolicyLoader.SectionFile}";
            sources.Add(new LintSource(sectionPath, name, FragmentReader.Read(tree, sectionPath, name.Slug, ignored), section, null));
            var stems = tree.ListFiles(folder).Where(f => f != PolicyLoader.SectionFile && f.EndsWith(".md", StringComparison.Ordinal)).Select(f => f[..^3]);
            foreach (var ((stem, clauseName), clause) in Ordered(stems).Zip(section.Clauses))
            {
                var path = $"{folder}/{stem}.md";
                sources.Add(new LintSource(path, clauseName, FragmentReader.Read(tree, path, clauseName.Slug, ignored), section, clause));
            }
        }

        return sources;
    }

    /// <summary>Fragment names in the loader's order: by prefix, then by name.</summary>
    private static IEnumerable<(string Entry, FragmentName Name)> Ordered(IEnumerable<string> entries)
    {
        var parsed = new List<(string Entry, FragmentName Name)>();
        foreach (var entry in entries.Where(e => !e.StartsWith('.')))
        {
            if (FragmentName.TryParse(entry, out var name))
            {
                parsed.Add((entry, name));
            }
        }

        return parsed.OrderBy(p => p.Name.Order).ThenBy(p => p.Entry, StringComparer.Ordinal);
    }
}
