using System.Collections.Immutable;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace PolicyBuild.Layout;

public sealed partial class LayoutBuilder
{
    private LayoutTable BuildTable(Table table, BlockContext context, LayoutBuildState state)
    {
        var rows = ImmutableArray.CreateBuilder<LayoutRow>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = ImmutableArray.CreateBuilder<LayoutCell>();
            var style = row.IsHeader ? StyleIds.TableHeading : StyleIds.TableText;
            foreach (var cell in row.OfType<TableCell>())
            {
                var paragraphs = ImmutableArray.CreateBuilder<LayoutParagraph>();
                foreach (var paragraph in cell.OfType<ParagraphBlock>())
                {
                    var runs = ImmutableArray.CreateBuilder<LayoutRun>();
                    AddInlines(paragraph.Inline, RunFormat.None, null, runs, state);
                    paragraphs.Add(new LayoutParagraph(context.UnitKey, style, RunMerger.Merge(runs)));
                }

                if (paragraphs.Count == 0)
                {
                    // Word needs a paragraph in every cell.
                    paragraphs.Add(new LayoutParagraph(context.UnitKey, style, []));
                }

                cells.Add(new LayoutCell(paragraphs.ToImmutable()));
            }

            rows.Add(new LayoutRow(cells.ToImmutable(), row.IsHeader));
        }

        // Short rows are filled with empty cells, so every version of a table is rectangular: a
        // redline that mixes the rows of two versions of different widths then writes each row as it was.
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Length);
        return new LayoutTable(context.UnitKey, [.. rows.Select(r => r.Cells.Length == columns ? r : r with
        {
            Cells = r.Cells.AddRange(Enumerable.Range(0, columns - r.Cells.Length).Select(_ =>
                new LayoutCell([new LayoutParagraph(context.UnitKey, r.IsHeader ? StyleIds.TableHeading : StyleIds.TableText, [])]))),
        })]);
    }
}
