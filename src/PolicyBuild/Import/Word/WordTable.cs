using System.Collections.Immutable;

namespace PolicyBuild.Import.Word;

/// <summary>A Word table.</summary>
internal sealed record WordTable(ImmutableArray<WordRow> Rows) : WordBlock
{
    public int Columns => Rows.IsEmpty ? 0 : Rows.Max(r => r.Cells.Length);
}
