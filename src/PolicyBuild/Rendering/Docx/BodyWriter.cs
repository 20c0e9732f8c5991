using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Writes the body blocks in order. Moved content is wrapped in named move ranges that start in
/// the first paragraph of a move and end in its last, as Word expects.
/// </summary>
internal sealed class BodyWriter
{
    private readonly RenderState _state;
    private readonly ParagraphWriter _paragraphs;
    private readonly TableWriter _tables;
    private readonly TocWriter _toc;
    private readonly SectionWriter _sections;

    public BodyWriter(RenderState state, SectionWriter sections)
    {
        _state = state;
        _sections = sections;
        _paragraphs = new ParagraphWriter(state);
        _tables = new TableWriter(state, _paragraphs);
        _toc = new TocWriter(_paragraphs, state);
    }

    public IEnumerable<OpenXmlElement> Write(IReadOnlyList<LayoutBlock> blocks)
    {
        var moves = MoveRanges.Find(blocks);
        var openRanges = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case LayoutParagraph paragraph:
                    var before = new List<OpenXmlElement>();
                    var after = new List<OpenXmlElement>();
                    if (moves.TryGetValue(i, out var boundary))
                    {
                        OpenRange(boundary, before, openRanges);
                        CloseRange(boundary, after, openRanges);
                    }

                    yield return _paragraphs.Write(paragraph, before, after);
                    break;
                case LayoutTable table:
                    if (_state.PageBreakPending)
                    {
                        yield return new Paragraph(new ParagraphProperties(new PageBreakBefore()));
                        _state.PageBreakPending = false;
                    }

                    yield return _tables.Write(table);
                    break;
                case LayoutTableOfContents toc:
                    foreach (var paragraph in _toc.Write(toc))
                    {
                        yield return paragraph;
                    }

                    break;
                case LayoutPageBreak { NewSection: { } next }:
                    // The closing paragraph of a section holds its properties; the next one starts on a new page.
                    yield return new Paragraph(new ParagraphProperties(
                        new ParagraphStyleId { Val = "TocField" }, _sections.Next(next)));
                    _state.PageBreakPending = false;
                    break;
                case LayoutPageBreak:
                    _state.PageBreakPending = true;
                    break;
            }
        }
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
