using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Html;

/// <summary>
/// Writes a table: leading header rows in <c>thead</c> as <c>th scope="col"</c>, the rest in
/// <c>tbody</c>. Rows are padded to the widest row, as the Word writer does.
/// </summary>
internal sealed class HtmlTableWriter(HtmlRenderState state, HtmlParagraphWriter paragraphs)
{
    private readonly HtmlOutput _output = state.Output;

    /// <param name="table">The table to write.</param>
    /// <param name="labelId">The id of the caption paragraph just before the table, if there is one.</param>
    public void Write(LayoutTable table, string? labelId)
    {
        var columns = table.Rows.IsEmpty ? 0 : table.Rows.Max(r => r.Cells.Length);
        var headerRows = table.Rows.TakeWhile(r => r.IsHeader).Count();
        _output.Open("table", ("aria-labelledby", labelId)).Line();
        if (headerRows > 0)
        {
            _output.Open("thead").Line();
            foreach (var row in table.Rows.Take(headerRows))
            {
                WriteRow(row, columns);
            }

            _output.Close("thead").Line();
        }

        if (table.Rows.Length > headerRows)
        {
            _output.Open("tbody").Line();
            foreach (var row in table.Rows.Skip(headerRows))
            {
                WriteRow(row, columns);
            }

            _output.Close("tbody").Line();
        }

        _output.Close("table").Line();
    }

    private void WriteRow(LayoutRow row, int columns)
    {
        _output.Open("tr", ("class", HtmlRevisions.BlockClass(row.Mark)), ("data-move", row.Mark?.MoveName));
        var tag = row.IsHeader ? "th" : "td";
        for (var i = 0; i < columns; i++)
        {
            _output.Open(tag, ("scope", row.IsHeader ? "col" : null));
            if (i < row.Cells.Length)
            {
                WriteCell(row.Cells[i]);
            }

            _output.Close(tag);
        }

        _output.Close("tr").Line();
    }

    private void WriteCell(LayoutCell cell)
    {
        if (cell.Paragraphs.Length == 1)
        {
            paragraphs.WriteContent(cell.Paragraphs[0]);
            return;
        }

        foreach (var paragraph in cell.Paragraphs)
        {
            paragraphs.Write(paragraph);
        }
    }
}
