using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Html;

/// <summary>
/// Writes the body blocks in order. Blocks that Word keeps flat are regrouped here: list paragraphs
/// into lists, the contents heading into the contents' <c>nav</c>, a table caption into the label of
/// the table after it. A page break is an empty marker that only print styles act on.
/// </summary>
internal sealed class HtmlBodyWriter
{
    private const string TableCaptionStyle = "TableCaption";
    private readonly HtmlRenderState _state;
    private readonly HtmlParagraphWriter _paragraphs;
    private readonly HtmlListWriter _lists;
    private readonly HtmlTableWriter _tables;
    private readonly HtmlContentsWriter _contents;

    public HtmlBodyWriter(HtmlRenderState state, HtmlParagraphWriter paragraphs)
    {
        _state = state;
        _paragraphs = paragraphs;
        _lists = new HtmlListWriter(state);
        _tables = new HtmlTableWriter(state, paragraphs);
        _contents = new HtmlContentsWriter(state, paragraphs);
    }

    public void Write(IReadOnlyList<LayoutBlock> blocks)
    {
        string? tableLabel = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            switch (blocks[i])
            {
                case LayoutParagraph { List: { } marker } item:
                    _lists.OpenItem(item, marker, _paragraphs.OwnId(item));
                    _paragraphs.WriteContent(item);
                    break;
                case LayoutParagraph paragraph when IsItemContinuation(paragraph):
                    // A further paragraph of the same list item (Markdown: an indented paragraph).
                    _state.Output.Line();
                    _paragraphs.Write(paragraph);
                    break;
                case LayoutParagraph paragraph when paragraph.StyleId == StyleIds.TocHeading && next is LayoutTableOfContents toc:
                    _lists.CloseAll();
                    _contents.Write(toc, paragraph);
                    i++;
                    break;
                case LayoutParagraph paragraph when paragraph.StyleId == TableCaptionStyle && next is LayoutTable:
                    _lists.CloseAll();
                    tableLabel = _paragraphs.OwnId(paragraph) ?? _state.Ids.Unique("table-caption");
                    _paragraphs.Write(paragraph, tableLabel);
                    continue; // keeps the label for the table that comes next
                case LayoutParagraph paragraph:
                    _lists.CloseAll();
                    _paragraphs.Write(paragraph);
                    break;
                case LayoutTable table:
                    _lists.CloseAll();
                    _tables.Write(table, tableLabel);
                    break;
                case LayoutTableOfContents toc:
                    _lists.CloseAll();
                    _contents.Write(toc, null);
                    break;
                case LayoutPageBreak:
                    _lists.CloseAll();
                    _state.Output.Open("div", ("class", "page-break"), ("aria-hidden", "true")).Close("div").Line();
                    break;
            }

            tableLabel = null;
        }

        _lists.CloseAll();
    }

    // Only a list paragraph of the open list's unit continues an item; a clause's closing
    // paragraph ("In this policy, …") has its own style and stays outside the list.
    private bool IsItemContinuation(LayoutParagraph paragraph) =>
        paragraph.StyleId == StyleIds.ListParagraph && _lists.OpenUnitKey == paragraph.UnitKey;
}
