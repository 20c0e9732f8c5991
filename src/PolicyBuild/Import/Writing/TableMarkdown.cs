using System.Collections.Immutable;
using PolicyBuild.Import.Notes;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Import.Writing;

/// <summary>
/// Writes a table as a pipe table. Its first row is the header (Word's repeating header rows
/// usually are the first); a pipe table has exactly one header row and one line per cell, so
/// further header rows become body rows and a cell's paragraphs join into one line, with a note.
/// </summary>
internal static class TableMarkdown
{
    public static string Write(WordTable table, Func<ImmutableArray<WordRun>, string> inline, ImportNotes notes, string file)
    {
        var columns = table.Columns;
        if (columns == 0)
        {
            return string.Empty;
        }

        if (table.Rows.Count(r => r.IsHeader) > 1)
        {
            notes.Add(file, "a table has several header rows: only the first stays a header");
        }

        if (table.Rows.Any(r => r.Merged))
        {
            notes.Add(file, "a table has merged cells: they were split, check the table");
        }

        var lines = new List<string> { Row(table.Rows[0], columns, inline, notes, file), "|" + string.Concat(Enumerable.Repeat(" --- |", columns)) };
        lines.AddRange(table.Rows.Skip(1).Select(r => Row(r, columns, inline, notes, file)));
        return string.Join("\n", lines);
    }

    private static string Row(WordRow row, int columns, Func<ImmutableArray<WordRun>, string> inline, ImportNotes notes, string file)
    {
        var cells = Enumerable.Range(0, columns).Select(c => c < row.Cells.Length ? Cell(row.Cells[c], inline, notes, file) : string.Empty);
        return "| " + string.Join(" | ", cells) + " |";
    }

    private static string Cell(WordCell cell, Func<ImmutableArray<WordRun>, string> inline, ImportNotes notes, string file)
    {
        var paragraphs = cell.Paragraphs.Where(p => !p.IsEmpty).ToList();
        if (paragraphs.Count > 1 || cell.Flattened)
        {
            notes.Add(file, "a table cell with several paragraphs (or a table inside it) was joined into one line");
        }

        if (paragraphs.Any(p => p.Numbering is not null))
        {
            notes.Add(file, "a list inside a table cell became plain text");
        }

        return string.Join(" ", paragraphs.Select(p => inline(p.Runs).Replace("\\\n", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)));
    }
}
