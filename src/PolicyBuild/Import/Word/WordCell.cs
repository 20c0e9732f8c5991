using System.Collections.Immutable;

namespace PolicyBuild.Import.Word;

/// <summary>A table cell's paragraphs (a nested table's paragraphs are flattened into it).</summary>
/// <param name="Paragraphs">The cell's paragraphs.</param>
/// <param name="Flattened">True when the cell held a nested table.</param>
internal sealed record WordCell(ImmutableArray<WordParagraph> Paragraphs, bool Flattened = false);
