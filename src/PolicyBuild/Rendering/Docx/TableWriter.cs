using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>Writes a table full width, with header rows that repeat on every page and tracked rows.</summary>
internal sealed class TableWriter(RenderState state, ParagraphWriter paragraphs)
{
    private const int FullWidthPct = 5000;
    private const int TextWidthTwips = 9026;

    public Table Write(LayoutTable table)
    {
        var columns = table.Rows.IsEmpty ? 1 : table.Rows.Max(r => r.Cells.Length);
        var columnWidth = TextWidthTwips / columns;
        var result = new Table(
            new TableProperties(
                new TableStyle { Val = "PolicyTable" },
                new TableWidth { Width = FullWidthPct.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "04A0", FirstRow = true, FirstColumn = false, NoVerticalBand = true }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = columnWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var row in table.Rows)
        {
            result.Append(WriteRow(row, columnWidth));
        }

        return result;
    }

    private TableRow WriteRow(LayoutRow row, int columnWidth)
    {
        var rowProperties = new TableRowProperties(new CantSplit());
        if (row.IsHeader)
        {
            // tblHeader both repeats the row on each page and marks it as the header for accessibility.
            rowProperties.Append(new TableHeader());
        }

        if (row.Mark is { } mark)
        {
            rowProperties.Append(TrackedChange.RowMark(mark.Kind, state));
        }

        // Each row keeps its own cells: a row of a narrower version of the table (a redline that added
        // a column) is not padded, so rejecting gives its cells back exactly (LibreOffice pads a w:gridAfter).
        var result = new TableRow(rowProperties);
        foreach (var cell in row.Cells)
        {
            var cellElement = new TableCell(new TableCellProperties(new TableCellWidth
            {
                Width = columnWidth.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Type = TableWidthUnitValues.Dxa,
            }));
            cellElement.Append(cell.Paragraphs.Select(p => paragraphs.Write(p)));
            result.Append(cellElement);
        }

        return result;
    }
}
