using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Writes the body blocks in order. The blocks are first laid out as the flow of body
/// paragraphs and tables Word will see (contents entries and page-break paragraphs included),
/// so that <see cref="ParagraphMarks"/> can decide every tracked paragraph mark from its
/// neighbours. Moved content is wrapped in named move ranges that start in the first paragraph
/// of a move and end in its last, as Word expects.
/// </summary>
internal sealed class BodyWriter
{
    private readonly RenderState _state;
    private readonly ParagraphWriter _paragraphs;
    private readonly TableWriter _tables;

    public BodyWriter(RenderState state)
    {
        _state = state;
        _paragraphs = new ParagraphWriter(state);
        _tables = new TableWriter(state, _paragraphs);
    }

    private sealed record FlowItem(LayoutParagraph? Paragraph, LayoutTable? Table, OpenXmlElement[]? Before = null, OpenXmlElement[]? After = null, bool PageBreakBefore = false);

    public IEnumerable<OpenXmlElement> Write(IReadOnlyList<LayoutBlock> blocks)
    {
        var flow = Flow(blocks);
        LayoutBlock[] blocksAsWritten = [.. flow.Select(f => (LayoutBlock?)f.Paragraph ?? f.Table!)];
        var marks = ParagraphMarks.Assign(blocksAsWritten);
        var later = InsertionStamps.Later([.. flow.Select(f => f.Paragraph)], marks);
        var moves = MoveRanges.Find(blocksAsWritten);
        var openRanges = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < flow.Count; i++)
        {
            if (flow[i].Table is { } table)
            {
                yield return _tables.Write(table);
                continue;
            }

            var before = new List<OpenXmlElement>(flow[i].Before ?? []);
            var after = new List<OpenXmlElement>();
            if (moves.TryGetValue(i, out var boundary))
            {
                OpenRange(boundary, before, openRanges);
                CloseRange(boundary, after, openRanges);
            }

            after.AddRange(flow[i].After ?? []);
            _state.PageBreakPending = flow[i].PageBreakBefore;
            _state.InsertionsLater = later[i];
            yield return _paragraphs.Write(flow[i].Paragraph!, marks[i], before, after);
            _state.InsertionsLater = false;
        }
    }

    /// <summary>Body paragraphs and tables in order; a page break before a table becomes an empty paragraph of its own.</summary>
    private static List<FlowItem> Flow(IReadOnlyList<LayoutBlock> blocks)
    {
        var flow = new List<FlowItem>();
        var pageBreak = false;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LayoutParagraph paragraph:
                    flow.Add(new FlowItem(paragraph, null, PageBreakBefore: pageBreak));
                    pageBreak = false;
                    break;
                case LayoutTable table:
                    if (pageBreak)
                    {
                        flow.Add(new FlowItem(new LayoutParagraph(table.UnitKey, StyleIds.BodyText, []), null, PageBreakBefore: true));
                        pageBreak = false;
                    }

                    flow.Add(new FlowItem(null, table));
                    break;
                case LayoutTableOfContents toc:
                    flow.AddRange(TocWriter.Paragraphs(toc).Select((p, i) => new FlowItem(p.Paragraph, null, p.Before, p.After, i == 0 && pageBreak)));
                    pageBreak = false;
                    break;
                case LayoutPageBreak:
                    pageBreak = true;
                    break;
            }
        }

        // Every document ends with an empty paragraph of its own: the body's last paragraph mark,
        // which Word cannot track, so content removed at the end can join it like any other mark.
        flow.Add(new FlowItem(new LayoutParagraph(string.Empty, StyleIds.BodyText, []), null, PageBreakBefore: pageBreak));
        return flow;
    }

    private void OpenRange(MoveRanges.Boundary boundary, List<OpenXmlElement> before, Dictionary<string, string> open)
    {
        if (boundary.StartName is not { } name)
        {
            return;
        }

        var id = _state.NextId();
        open[boundary.Key!] = id;
        var revisions = _state.Revisions;
        before.Add(boundary.IsFrom
            ? new MoveFromRangeStart { Id = id, Name = name, Author = revisions.Author, Date = revisions.Date }
            : new MoveToRangeStart { Id = id, Name = name, Author = revisions.Author, Date = revisions.Date });
    }

    private static void CloseRange(MoveRanges.Boundary boundary, List<OpenXmlElement> after, Dictionary<string, string> open)
    {
        if (!boundary.Ends || !open.Remove(boundary.Key!, out var id))
        {
            return;
        }

        after.Add(boundary.IsFrom ? new MoveFromRangeEnd { Id = id } : new MoveToRangeEnd { Id = id });
    }
}
