using System.Collections.Immutable;

namespace PolicyBuild.Import.Word;

/// <summary>A table row.</summary>
/// <param name="Cells">Its cells, a spanned cell followed by empty ones.</param>
/// <param name="IsHeader">True when Word repeats it as a header row (w:tblHeader).</param>
/// <param name="Merged">True when a cell spanned columns: the span was split into empty cells.</param>
internal sealed record WordRow(ImmutableArray<WordCell> Cells, bool IsHeader, bool Merged = false);
