using System.Collections.Immutable;
using System.Globalization;
using PolicyBuild.Diagnostics;
using PolicyBuild.Model;

namespace PolicyBuild.Authoring;

/// <summary>
/// Loads a policy from its fragments: <c>policy.yml</c>, section folders <c>NN-slug/</c> with
/// <c>_section.md</c>, and clause files <c>NN-slug.md</c>. Numbers come from file order.
/// </summary>
/// <param name="textValidator">Checks the Markdown texts once every id is known (cross-references).</param>
public sealed class PolicyLoader(IPolicyTextValidator textValidator)
{
    public const string SectionFile = "_section.md";

    /// <summary>Folders inside a policy that are not sections.</summary>
    public static readonly IReadOnlySet<string> ReservedFolders = new HashSet<string>(StringComparer.Ordinal) { "baselines", "reports" };

    /// <summary>Loads and validates; throws <see cref="PolicyBuildException"/> listing every error.</summary>
    public Policy Load(IPolicyTree tree) => Load(tree, new DiagnosticBag());

    /// <summary>Loads with unchanged fragment files taken from <paramref name="cache"/> (watch): the same policy and diagnostics as a fresh load.</summary>
    public Policy Load(IPolicyTree tree, FragmentCache? cache) => Load(tree, new DiagnosticBag(), cache);

    public Policy Load(IPolicyTree tree, DiagnosticBag diagnostics, FragmentCache? cache = null)
    {
        var metadata = MetadataReader.Read(tree, diagnostics);
        var fragments = PrefetchedFragments.Read(tree, cache);
        var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var sections = ImmutableArray.CreateBuilder<Section>();
        var introLocations = new List<SourceLocation>();
        foreach (var (folder, name) in OrderedFragments(tree, "", tree.ListDirectories(""), isFolder: true, diagnostics))
        {
            var section = LoadSection(tree, fragments, folder, name, sections.Count + 1, ids, introLocations, diagnostics);
            if (section is not null)
            {
                sections.Add(section);
            }
        }

        diagnostics.ThrowIfErrors();
        var policy = new Policy(metadata!, sections.ToImmutable(), tree.DisplayRoot);
        textValidator.Validate(policy, MarkdownTexts(policy, introLocations), diagnostics);
        diagnostics.ThrowIfErrors();
        return policy;
    }

    private Section? LoadSection(IPolicyTree tree, PrefetchedFragments fragments, string folder, FragmentName name, int number,
        Dictionary<string, SourceLocation> ids, List<SourceLocation> introLocations, DiagnosticBag diagnostics)
    {
        var sectionPath = $"{folder}/{SectionFile}";
        var location = new SourceLocation(tree.DisplayPath(sectionPath));
        if (!tree.FileExists(sectionPath))
        {
            diagnostics.Error(new SourceLocation(tree.DisplayPath(folder)),
                $"section folder has no {SectionFile}: add one starting with '# Section title'");
            return null;
        }

        var fragment = fragments.Take(tree, sectionPath, name.Slug, diagnostics);
        var (title, intro, introLocation) = SectionHeading.Split(fragment.Body, location.Offset(fragment.BodyLine - 1), diagnostics);
        Register(fragment.Id, fragment.IdLocation ?? location, ids, diagnostics);

        var sectionNumber = number.ToString(CultureInfo.InvariantCulture);
        var clauses = ImmutableArray.CreateBuilder<Clause>();
        var clauseFiles = tree.ListFiles(folder)
            .Where(IsClauseFile)
            .Select(f => f[..^3])
            .ToList();
        foreach (var (stem, clauseName) in OrderedFragments(tree, folder, clauseFiles, isFolder: false, diagnostics))
        {
            var path = $"{folder}/{stem}.md";
            var clauseFragment = fragments.Take(tree, path, clauseName.Slug, diagnostics);
            var fileLocation = new SourceLocation(tree.DisplayPath(path));
            Register(clauseFragment.Id, clauseFragment.IdLocation ?? fileLocation, ids, diagnostics);
            if (string.IsNullOrWhiteSpace(clauseFragment.Body))
            {
                diagnostics.Error(fileLocation, "the clause is empty: write its text, or delete the file");
            }

            var clauseNumber = $"{sectionNumber}.{clauses.Count + 1}";
            clauses.Add(new Clause(clauseFragment.Id, clauseNumber, clauseFragment.Title, clauseFragment.Body.Trim(),
                BodyStart(fileLocation.Offset(clauseFragment.BodyLine - 1), clauseFragment.Body), clauseFragment.Note, clauseFragment.NoteLocation));
        }

        introLocations.Add(introLocation);
        return new Section(fragment.Id, sectionNumber, title, intro, clauses.ToImmutable(), location);
    }

    /// <summary>A section folder's file that is one of its clauses (named or misnamed), not its _section.md or a hidden file.</summary>
    internal static bool IsClauseFile(string fileName) =>
        fileName != SectionFile && !fileName.StartsWith('.') && fileName.EndsWith(".md", StringComparison.Ordinal);

    /// <summary>Every Markdown text of the policy that may hold cross-references, in document order, with where it starts.</summary>
    private static IEnumerable<(string Markdown, SourceLocation Start)> MarkdownTexts(Policy policy, List<SourceLocation> introLocations)
    {
        foreach (var (section, introLocation) in policy.Sections.Zip(introLocations))
        {
            yield return (section.Intro, introLocation);
            foreach (var clause in section.Clauses)
            {
                yield return (clause.Body, clause.BodyLocation);
            }
        }
    }

    /// <summary>Parses <c>NN-slug</c> names, reports the rest, and orders by prefix.</summary>
    private static IEnumerable<(string Entry, FragmentName Name)> OrderedFragments(IPolicyTree tree, string folder,
        IEnumerable<string> entries, bool isFolder, DiagnosticBag diagnostics)
    {
        var parsed = new List<(string Entry, FragmentName Name)>();
        foreach (var entry in entries)
        {
            if (entry.StartsWith('.') || (isFolder && ReservedFolders.Contains(entry)))
            {
                continue;
            }

            var path = folder.Length == 0 ? entry : $"{folder}/{entry}";
            if (FragmentName.TryParse(entry, out var name))
            {
                parsed.Add((entry, name));
            }
            else if (isFolder)
            {
                diagnostics.Error(new SourceLocation(tree.DisplayPath(path)),
                    $"folder '{entry}' is not a section: name it NN-slug (e.g. 80-{Slugify(entry)}) or move it out of the policy");
            }
            else
            {
                diagnostics.Error(new SourceLocation(tree.DisplayPath(path + ".md")),
                    $"clause file '{entry}.md' must be named NN-slug.md (e.g. 10-{Slugify(entry)}.md)");
            }
        }

        // Clause entries are file stems: name the files as the author sees them.
        var extension = isFolder ? string.Empty : ".md";
        foreach (var clash in parsed.GroupBy(p => p.Name.Order).Where(g => g.Count() > 1))
        {
            var names = string.Join(", ", clash.Select(c => c.Entry + extension));
            var first = clash.First().Entry + extension;
            diagnostics.Error(new SourceLocation(tree.DisplayPath(folder.Length == 0 ? first : $"{folder}/{first}")),
                $"{names} share the prefix {clash.Key.ToString(CultureInfo.InvariantCulture)}: order would be ambiguous; give one another number");
        }

        return parsed.OrderBy(p => p.Name.Order).ThenBy(p => p.Entry, StringComparer.Ordinal).ToList();
    }

    private static void Register(string id, SourceLocation location, Dictionary<string, SourceLocation> ids, DiagnosticBag diagnostics)
    {
        if (!ids.TryAdd(id, location))
        {
            diagnostics.Error(location, $"duplicate id '{id}': already used by {ids[id].File}; ids must be unique within a policy");
        }
    }

    /// <summary>Where a text starts once trimmed: its first non-blank line, after that line's indent.</summary>
    internal static SourceLocation BodyStart(SourceLocation textStart, string text)
    {
        var lines = text.Split('\n');
        var blank = lines.TakeWhile(string.IsNullOrWhiteSpace).Count();
        var indent = blank < lines.Length ? lines[blank].TakeWhile(char.IsWhiteSpace).Count() : 0;
        return textStart.Offset(blank, 1 + indent);
    }

    /// <summary>A name to suggest for a misnamed entry: its words as a slug, without the numbers a prefix will give.</summary>
    private static string Slugify(string name) =>
        Slug.Of(string.Join(' ', Slug.Of(name).Split('-').Where(word => !word.All(char.IsAsciiDigit)))) is { Length: > 0 } slug ? slug : "name";
}
