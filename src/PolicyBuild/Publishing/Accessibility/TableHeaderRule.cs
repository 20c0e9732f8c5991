namespace PolicyBuild.Publishing.Accessibility;

/// <summary>
/// Every table has a header row, so each cell can be read with its column heading; an empty
/// column heading is a warning (it is right only when that column holds row headings).
/// </summary>
public sealed class TableHeaderRule : IAccessibilityRule
{
    public IEnumerable<AccessibilityFinding> Check(DocumentMap document)
    {
        foreach (var (table, place) in document.Tables)
        {
            if (table.Rows.IsEmpty)
            {
                continue;
            }

            var header = table.Rows[0];
            if (!header.IsHeader)
            {
                yield return AccessibilityFinding.Error(place,
                    "table has no header row: make its first row the header (in Markdown, follow it with '| --- |') so each cell is read with its column heading");
                continue;
            }

            for (var column = 0; column < header.Cells.Length; column++)
            {
                if (ParagraphText.Normalise([header.Cells[column].Text]).Length == 0)
                {
                    yield return AccessibilityFinding.Warning(place,
                        $"table column {column + 1} has an empty heading: give it one, unless that column holds row headings");
                }
            }
        }
    }
}
