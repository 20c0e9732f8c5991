using System.Collections.Immutable;
using System.Globalization;
using PolicyBuild.Authoring;
using PolicyBuild.Diff;
using PolicyBuild.Rendering.Docx;
using PolicyBuild.Import.Word;
using PolicyBuild.Import.Structure;
using PolicyBuild.Import.Writing;

namespace PolicyBuild.Import;

/// <summary>
/// Plans a later version into an existing policy: matched sections keep their folder and id, matched
/// clauses their id and file name (a clause that moved section moves its file), new ones get files
/// between their neighbours, and what the document no longer has is removed.
/// </summary>
internal static class IntoPlanner
{
    private const double SameTitle = 0.5;

    /// <param name="document">The later version, as read.</param>
    /// <param name="folder">The existing policy.</param>
    /// <param name="bookmarksOnly">Match by our bookmarks alone, as a review does.</param>
    public static IntoPlan Plan(ImportedDocument document, PolicyFolder folder, bool bookmarksOnly = false)
    {
        var clauseMatches = ClauseMatcher.Match(document, folder, bookmarksOnly);
        var sectionMatches = MatchSections(document, folder, clauseMatches, bookmarksOnly);
        var ids = new IdAllocator();
        foreach (var id in folder.Sections.Select(s => s.Section.Id).Concat(folder.Clauses.Select(c => c.Clause.Id)))
        {
            ids.Claim(id);
        }

        var folderPrefixes = Prefixes.Assign([.. sectionMatches.Select(m => m is null ? (decimal?)null : OrderOf(m.Folder))]);
        var sections = ImmutableArray.CreateBuilder<PlannedSection>();
        var matches = ImmutableDictionary.CreateBuilder<string, ClauseMatch>(StringComparer.Ordinal);
        var moves = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var (section, s) in document.Sections.Select((section, s) => (section, s)))
        {
            var number = (s + 1).ToString(CultureInfo.InvariantCulture);
            var existing = sectionMatches[s];
            var id = existing?.Section.Id ?? ids.ForSection(section.Title, section.Bookmarks, $"section-{number}");
            var slug = existing is null ? id : SlugOf(existing.Folder);
            var folderName = $"{folderPrefixes[s]}-{slug}";
            if (existing is not null && existing.Folder != folderName)
            {
                moves.Add((existing.Folder, folderName));
            }

            // A clause that comes from another section moves anyway: it takes a place between its new
            // neighbours rather than push one that stayed to another name.
            var clauseFiles = Prefixes.Assign([.. clauseMatches[s].Select(m =>
                m.Existing is { } kept && existing is not null && kept.Path.StartsWith(existing.Folder + "/", StringComparison.Ordinal) ? (decimal?)kept.Order : null)]);
            var clauses = ImmutableArray.CreateBuilder<PlannedClause>();
            foreach (var (clause, c) in section.Clauses.Select((clause, c) => (clause, c)))
            {
                var match = clauseMatches[s][c];
                var clauseId = match.Existing?.Clause.Id ?? NewClauseId(clause, ids, number, c);
                var file = $"{clauseFiles[c]}-{(match.Existing is { } kept ? SlugOf(kept.FileName[..^3]) : clauseId)}.md";
                if (match.Existing is { } before && before.Path != $"{folderName}/{file}")
                {
                    moves.Add((before.Path, $"{folderName}/{file}"));
                }

                matches[$"{folderName}/{file}"] = match;
                clauses.Add(new PlannedClause(clauseId, file, $"{number}.{c + 1}", clause));
            }

            sections.Add(new PlannedSection(id, folderName, number, section, clauses.ToImmutable()));
        }

        var keptClauses = clauseMatches.SelectMany(m => m).Select(m => m.Existing).OfType<FolderClause>().ToHashSet();
        var keptSections = sectionMatches.OfType<FolderSection>().ToHashSet();
        var removed = folder.Clauses.Where(c => !keptClauses.Contains(c)).Select(c => c.Path)
            .Concat(folder.Sections.Where(s => !keptSections.Contains(s)).Select(s => s.SectionPath)).ToImmutableArray();
        return new IntoPlan(sections.ToImmutable(), matches.ToImmutable(), moves.ToImmutable(), removed);
    }

    private static string NewClauseId(ImportedClause clause, IdAllocator ids, string number, int c)
    {
        var text = clause.Body.OfType<WordParagraph>().Select(p => RunText.Plain(p.Runs)).FirstOrDefault(t => t.Trim().Length > 0) ?? string.Empty;
        return ids.ForClause(clause.Title, text, clause.Bookmarks, $"clause-{number}-{c + 1}");
    }

    /// <summary>By our bookmark, else where most of its matched clauses come from, else by title.</summary>
    private static List<FolderSection?> MatchSections(ImportedDocument document, PolicyFolder folder, ImmutableArray<ImmutableArray<ClauseMatch>> clauses, bool bookmarksOnly)
    {
        var taken = new HashSet<FolderSection>();
        var result = new List<FolderSection?>();
        foreach (var (section, s) in document.Sections.Select((section, s) => (section, s)))
        {
            var byId = folder.Sections.FirstOrDefault(f => section.Bookmarks.Contains(BookmarkNames.For(f.Section.Id)));
            var byClauses = clauses[s].Select(m => m.Existing).OfType<FolderClause>()
                .Select(c => folder.Sections.First(f => f.Clauses.Contains(c))).Where(f => !taken.Contains(f))
                .GroupBy(f => f).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            var byTitle = folder.Sections.Where(f => !taken.Contains(f))
                .Select(f => (Section: f, Similarity: Similarity.Of(f.Section.Title, section.Title)))
                .Where(p => p.Similarity >= SameTitle).OrderByDescending(p => p.Similarity).Select(p => p.Section).FirstOrDefault();
            var match = (bookmarksOnly ? [byId] : new[] { byId, byClauses, byTitle }).FirstOrDefault(f => f is not null && !taken.Contains(f));
            if (match is not null)
            {
                taken.Add(match);
            }

            result.Add(match);
        }

        return result;
    }

    private static decimal OrderOf(string folder) => FragmentName.TryParse(folder, out var name) ? name.Order : 0;

    private static string SlugOf(string name) => FragmentName.TryParse(name, out var parsed) ? parsed.Slug : name;
}
