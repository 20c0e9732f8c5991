using System.Collections.Immutable;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Import.Structure;

/// <summary>A section found in the document: its heading, the text before its first clause, and its clauses.</summary>
/// <param name="Number">Its number in the document, e.g. <c>5</c>.</param>
/// <param name="Title">The heading without its number.</param>
/// <param name="Intro">What comes before the first clause.</param>
/// <param name="Clauses">Its clauses in order.</param>
/// <param name="Bookmarks">Bookmarks of the heading and intro.</param>
internal sealed record ImportedSection(string Number, string Title, ImmutableArray<WordBlock> Intro,
    ImmutableArray<ImportedClause> Clauses, ImmutableArray<string> Bookmarks);
