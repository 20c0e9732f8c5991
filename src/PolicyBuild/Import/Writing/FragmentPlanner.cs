using System.Collections.Immutable;
using System.Globalization;
using PolicyBuild.Import.Notes;
using PolicyBuild.Import.Structure;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Import.Writing;

/// <summary>
/// Gives every section and clause its id, its folder or file (prefixes 10, 20, 30…) and its new
/// number, and notes where the new number differs from the document's (gaps, repeats).
/// </summary>
internal static class FragmentPlanner
{
    public static ImmutableArray<PlannedSection> Plan(ImportedDocument document, ImportNotes notes)
    {
        var ids = new IdAllocator();
        var sections = ImmutableArray.CreateBuilder<PlannedSection>();
        foreach (var (section, s) in document.Sections.Select((section, s) => (section, s)))
        {
            var number = (s + 1).ToString(CultureInfo.InvariantCulture);
            var id = ids.ForSection(section.Title, section.Bookmarks, $"section-{number}");
            var folder = $"{(s + 1) * 10}-{id}";
            Renumbered("section", section.Number, number, $"{folder}/{Authoring.PolicyLoader.SectionFile}", notes);
            var clauses = ImmutableArray.CreateBuilder<PlannedClause>();
            foreach (var (clause, c) in section.Clauses.Select((clause, c) => (clause, c)))
            {
                var clauseNumber = $"{number}.{c + 1}";
                var text = clause.Body.OfType<WordParagraph>().Select(p => RunText.Plain(p.Runs)).FirstOrDefault(t => t.Trim().Length > 0) ?? string.Empty;
                var clauseId = ids.ForClause(clause.Title, text, clause.Bookmarks, $"clause-{number}-{c + 1}");
                var file = $"{(c + 1) * 10}-{clauseId}.md";
                Renumbered("clause", clause.Number, clauseNumber, $"{folder}/{file}", notes);
                clauses.Add(new PlannedClause(clauseId, file, clauseNumber, clause));
            }

            sections.Add(new PlannedSection(id, folder, number, section, clauses.ToImmutable()));
        }

        return sections.ToImmutable();
    }

    private static void Renumbered(string kind, string old, string now, string path, ImportNotes notes)
    {
        if (old != now)
        {
            notes.Add(path, $"{kind} {old} of the document is {kind} {now} here: numbers are computed from the order of the files");
        }
    }
}
