using System.Collections.Immutable;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Import.Structure;

/// <summary>A clause found in the document.</summary>
/// <param name="Number">Its number in the document (typed or Word's), e.g. <c>5.12</c>: what typed references use.</param>
/// <param name="Title">The clause title (a numbered bold line followed by the body), if any.</param>
/// <param name="Body">Paragraphs without the number, list items and tables.</param>
/// <param name="Bookmarks">Bookmarks in the clause, for internal links that point to it.</param>
internal sealed record ImportedClause(string Number, string? Title, ImmutableArray<WordBlock> Body, ImmutableArray<string> Bookmarks);
