using System.Collections.Immutable;

namespace PolicyBuild.Import.Word;

/// <summary>A Word table.</summary>
/// <param name="Rows">Its rows.</param>
/// <param name="Description">Its alt text (<c>w:tblDescription</c>, else <c>w:tblCaption</c>), if any.</param>
internal sealed record WordTable(ImmutableArray<WordRow> Rows, string? Description = null) : WordBlock
{
    public int Columns => Rows.IsEmpty ? 0 : Rows.Max(r => r.Cells.Length);
}
