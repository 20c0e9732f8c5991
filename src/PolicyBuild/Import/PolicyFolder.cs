using System.Collections.Immutable;
using Markdig;
using PolicyBuild.Authoring;
using PolicyBuild.Model;
using PolicyBuild.Markdown.CrossReferences;

namespace PolicyBuild.Import;

/// <summary>
/// An existing policy folder as files: each section's folder and each clause's file, beside what the
/// loader made of them. What <c>import --into</c> matches against and <c>review</c> writes back into.
/// </summary>
/// <param name="Root">The policy folder.</param>
/// <param name="Policy">The policy as loaded (strictly: a folder with errors is refused).</param>
/// <param name="Sections">Its sections in order.</param>
internal sealed record PolicyFolder(string Root, Policy Policy, ImmutableArray<FolderSection> Sections)
{
    public static PolicyFolder Load(string root, MarkdownPipeline pipeline)
    {
        var tree = new DirectoryPolicyTree(root, root);
        var policy = new PolicyLoader(new CrossReferenceValidator(pipeline)).Load(tree);
        var prefix = tree.DisplayRoot.Length + 1;
        var sections = policy.Sections.Select(section => new FolderSection(
            section, Path.GetDirectoryName(section.Location.File[prefix..])!.Replace('\\', '/'),
            [.. section.Clauses.Select(c => new FolderClause(c, c.BodyLocation.File[prefix..]))])).ToImmutableArray();
        return new PolicyFolder(root, policy, sections);
    }

    public IEnumerable<FolderClause> Clauses => Sections.SelectMany(s => s.Clauses);

    public string FullPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
}

/// <param name="Section">As loaded.</param>
/// <param name="Folder">Its folder, relative to the policy, e.g. <c>50-personal-use</c>.</param>
/// <param name="Clauses">Its clauses in order.</param>
internal sealed record FolderSection(Section Section, string Folder, ImmutableArray<FolderClause> Clauses)
{
    public string SectionPath => $"{Folder}/{PolicyLoader.SectionFile}";
}

/// <param name="Clause">As loaded.</param>
/// <param name="Path">Its file, relative to the policy, e.g. <c>50-personal-use/120-business-contacts.md</c>.</param>
internal sealed record FolderClause(Clause Clause, string Path)
{
    public string FileName => Path[(Path.LastIndexOf('/') + 1)..];

    public decimal Order => FragmentName.TryParse(FileName[..^3], out var name) ? name.Order : 0;
}
