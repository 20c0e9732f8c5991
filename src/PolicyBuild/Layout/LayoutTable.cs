using System.Collections.Immutable;

namespace PolicyBuild.Layout;

/// <summary>A table; header rows repeat on each page and are marked as headers.</summary>
public sealed record LayoutTable(string UnitKey, ImmutableArray<LayoutRow> Rows) : LayoutBlock(UnitKey);

public sealed record LayoutRow(ImmutableArray<LayoutCell> Cells, bool IsHeader, Revision? Mark = null)
{
    public string Text => string.Join(" | ", Cells.Select(c => c.Text));
}

public sealed record LayoutCell(ImmutableArray<LayoutParagraph> Paragraphs)
{
    public string Text => string.Join("\n", Paragraphs.Select(p => p.Text));
}
