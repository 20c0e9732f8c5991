using PolicyBuild.Layout;

namespace PolicyBuild.Tests.Import;

/// <summary>
/// A layout as comparable lines: per paragraph its style, list style and level, and runs with their
/// formatting and kind of link (a URL as is; internal links only as "#", since imported ids differ);
/// table rows and footnote texts likewise. Stricter than the text alone: styles and emphasis count.
/// </summary>
public static class LayoutSignature
{
    public static List<string> Of(LayoutDocument layout)
    {
        var lines = new List<string>();
        foreach (var block in layout.Blocks)
        {
            switch (block)
            {
                case LayoutParagraph paragraph:
                    lines.Add(Paragraph(paragraph));
                    break;
                case LayoutTable table:
                    lines.AddRange(table.Rows.Select(r => (r.IsHeader ? "header| " : "row| ") + string.Join(" | ", r.Cells.Select(c => string.Join(" / ", c.Paragraphs.Select(Runs))))));
                    break;
                case LayoutTableOfContents toc:
                    lines.AddRange(toc.Entries.Select(Paragraph));
                    break;
            }
        }

        lines.AddRange(layout.Footnotes.Select(f => "footnote| " + string.Join(" / ", f.Paragraphs.Select(Runs))));
        return lines;
    }

    private static string Paragraph(LayoutParagraph paragraph) =>
        $"{paragraph.StyleId}{(paragraph.List is { } list ? $"[{list.Style}:{list.Level}]" : string.Empty)}| {Runs(paragraph)}";

    private static string Runs(LayoutParagraph paragraph) => string.Concat(paragraph.Runs.Select(run =>
    {
        var text = run.Kind switch
        {
            RunKind.FootnoteReference => "[^]",
            RunKind.Tab => "\\t",
            RunKind.LineBreak => "\\n",
            _ => run.Text,
        };
        var format = run.Format == RunFormat.None ? string.Empty : $"{{{run.Format}}}";
        var link = run.Link is null ? string.Empty : run.Link.StartsWith('#') ? "→#" : $"→{run.Link}";
        return format.Length + link.Length == 0 ? text : $"⟨{text}{format}{link}⟩";
    }));
}
