using System.Collections.Immutable;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Import.Structure;

/// <summary>The document split into what comes before the first section (title block, information table) and the sections.</summary>
internal sealed record ImportedDocument(ImmutableArray<WordBlock> FrontMatter, ImmutableArray<ImportedSection> Sections)
{
    public int ClauseCount => Sections.Sum(s => s.Clauses.Length);
}

/// <summary>A section found in the document: its heading, the text before its first clause, and its clauses.</summary>
/// <param name="Number">Its number in the document, e.g. <c>5</c>.</param>
/// <param name="Title">The heading without its number.</param>
/// <param name="Intro">What comes before the first clause.</param>
/// <param name="Clauses">Its clauses in order.</param>
/// <param name="Bookmarks">Bookmarks of the heading and intro.</param>
internal sealed record ImportedSection(string Number, string Title, ImmutableArray<WordBlock> Intro,
    ImmutableArray<ImportedClause> Clauses, ImmutableArray<string> Bookmarks);

/// <summary>A clause found in the document.</summary>
/// <param name="Number">Its number in the document (typed or Word's), e.g. <c>5.12</c>: what typed references use.</param>
/// <param name="Title">The clause title (a numbered bold line followed by the body), if any.</param>
/// <param name="Body">Paragraphs without the number, list items and tables.</param>
/// <param name="Bookmarks">Bookmarks in the clause, for internal links that point to it.</param>
internal sealed record ImportedClause(string Number, string? Title, ImmutableArray<WordBlock> Body, ImmutableArray<string> Bookmarks);
