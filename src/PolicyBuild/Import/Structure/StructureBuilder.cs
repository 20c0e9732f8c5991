using System.Collections.Immutable;
using System.Globalization;
using PolicyBuild.Import.Notes;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Import.Structure;

/// <summary>
/// Walks the body in order and splits it into the front matter (everything before the first
/// section), sections and clauses. Paragraphs that are neither a section heading nor a clause
/// start stay with the clause before them (continuations, lists, tables) or, before a section's
/// first clause, form its intro. The contents are skipped wherever they are.
/// </summary>
internal sealed class StructureBuilder(ImportNotes notes)
{
    public ImportedDocument Build(ImmutableArray<WordBlock> blocks)
    {
        var headings = SectionHeadings.For(blocks);
        var front = ImmutableArray.CreateBuilder<WordBlock>();
        var sections = new List<SectionDraft>();
        for (var i = 0; i < blocks.Length; i++)
        {
            var section = sections.Count > 0 ? sections[^1] : null;
            if (blocks[i] is WordTable table)
            {
                (section?.Current ?? (IList<WordBlock>)front).Add(table);
                continue;
            }

            var paragraph = (WordParagraph)blocks[i];
            if (paragraph.Role == ParagraphRole.Contents || (SectionHeadings.IsContentsTitle(paragraph) && paragraph.Role != ParagraphRole.Body))
            {
                continue;
            }

            if (headings.Match(paragraph, sections.Count) is var (number, title))
            {
                var guessed = number is null;
                var sectionNumber = number ?? (sections.Count + 1).ToString(CultureInfo.InvariantCulture);
                sections.Add(new SectionDraft(sectionNumber, guessed, title, paragraph.Bookmarks));
                continue;
            }

            if (section is not null && ImpliedSection(paragraph, section) is { } implied)
            {
                sections.Add(implied);
                section = implied;
            }

            if (section is null)
            {
                front.Add(paragraph);
            }
            else if (ClauseStarts.Match(paragraph, section) is var (clauseNumber, runs))
            {
                var next = blocks.Skip(i + 1).FirstOrDefault(b => b is WordTable || (b is WordParagraph p && !p.IsEmpty));
                var isTitle = ClauseStarts.IsTitle(paragraph, runs, next);
                var clause = new ClauseDraft(clauseNumber, isTitle ? RunText.Plain(runs).Trim() : null, paragraph.Bookmarks);
                section.Clauses.Add(clause);
                if (!isTitle)
                {
                    clause.Body.Add(paragraph with { Role = ParagraphRole.Body, Runs = runs, Numbering = null });
                }
            }
            else if (paragraph is { ClauseStyle: true, IsEmpty: false } && paragraph.Bookmarks.IsEmpty)
            {
                // Our Clause style without a number: a reviewer added a clause; it is numbered where it stands.
                var added = new ClauseDraft($"{section.Number}.{section.Clauses.Count + 1}", null, []);
                section.Clauses.Add(added);
                added.Body.Add(paragraph with { Runs = RunText.Trim(paragraph.Runs), Numbering = null });
            }
            else
            {
                section.AddBookmarks(paragraph.Bookmarks);
                if (!paragraph.IsEmpty)
                {
                    section.Current.Add(BodyItems.Classify(paragraph, section, notes));
                }
            }
        }

        return new ImportedDocument(front.ToImmutable(), [.. sections.Select(s => s.ToSection(notes))]);
    }

    /// <summary>
    /// A typed clause number of a later section ("2.1" in section 1) with no heading before it: it
    /// starts that section, untitled (and reported so), rather than being glued into section 1.
    /// </summary>
    private static SectionDraft? ImpliedSection(WordParagraph paragraph, SectionDraft section)
    {
        if (paragraph.Numbering is not null || paragraph.Role != ParagraphRole.Body || NumberPrefix.Clause(paragraph.Text) is not { } typed || section.Accepts(typed.Number))
        {
            return null;
        }

        var prefix = typed.Number[..typed.Number.IndexOf('.')];
        return int.TryParse(prefix, NumberStyles.None, CultureInfo.InvariantCulture, out var later)
            && int.TryParse(section.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var current) && later > current
            ? new SectionDraft(prefix, false, string.Empty, [])
            : null;
    }
}
