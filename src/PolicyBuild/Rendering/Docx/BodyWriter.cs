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
    private readonly SectionWriter _sections;

    public BodyWriter(RenderState state, SectionWriter sections)
    {
        _state = state;
        _sections = sections;
        _paragraphs = new ParagraphWriter(state);
        _tables = new TableWriter(state, _paragraphs);
    }

    /// <param name="Paragraph">A body paragraph, or null for a table.</param>
    /// <param name="Table">A table, or null for a paragraph.</param>
    /// <param name="Before">Elements placed at the paragraph's start (a contents entry's hyperlink start).</param>
    /// <param name="After">Elements placed at its end.</param>
    /// <param name="PageBreakBefore">The paragraph starts a new page.</param>
    /// <param name="IsTocEntry">A contents entry: its page number (a PAGEREF field) follows its text.</param>
    /// <param name="NewSection">The paragraph closes a section; the next starts on a new page with these header facts.</param>
    private sealed record FlowItem(
        LayoutParagraph? Paragraph,
        LayoutTable? Table,
        OpenXmlElement[]? Before = null,
        OpenXmlElement[]? After = null,
        bool PageBreakBefore = false,
        bool IsTocEntry = false,
        DocumentInfo? NewSection = null);

    /// <param name="blocks">The document's body blocks, in order.</param>
    /// <param name="kept">Paragraphs' XML kept from this document's last write (watch): used where it matches, and refilled.</param>
    public IEnumerable<BodyPiece> Write(IReadOnlyList<LayoutBlock> blocks, ParagraphXmlCache? kept = null)
    {
        var flow = Flow(blocks);
        LayoutBlock[] blocksAsWritten = [.. flow.Select(f => (LayoutBlock?)f.Paragraph ?? f.Table!)];
        var marks = ParagraphMarks.Assign(blocksAsWritten);
        var looks = JoinedLooks.Assign(blocksAsWritten, marks);
        var later = InsertionStamps.Later([.. flow.Select(f => f.Paragraph)], marks);
        var moves = MoveRanges.Find(blocksAsWritten);
        _state.MovedBookmarks = BookmarkPlaces.Moved(blocksAsWritten);
        var openRanges = new Dictionary<string, string>(StringComparer.Ordinal);
        var unitParagraphs = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < flow.Count; i++)
        {
            if (flow[i].Table is { } table)
            {
                yield return new BodyElement(_tables.Write(table));
                continue;
            }

            var paragraph = flow[i].Paragraph!;
            var before = new List<OpenXmlElement>(flow[i].Before ?? []);
            var after = new List<OpenXmlElement>();
            _state.PageBreakPending = flow[i].PageBreakBefore;
            _state.InsertionsLater = later[i];
            if (flow[i].IsTocEntry)
            {
                after.AddRange(TocWriter.PageNumber(paragraph, _state));
            }

            if (moves.TryGetValue(i, out var boundary))
            {
                OpenRange(boundary, before, openRanges);
                CloseRange(boundary, after, openRanges);
            }

            after.AddRange(flow[i].After ?? []);
            var inputs = _paragraphs.Prepare(paragraph, marks[i], looks[i]);
            var occurrence = unitParagraphs.GetValueOrDefault(paragraph.UnitKey);
            unitParagraphs[paragraph.UnitKey] = occurrence + 1;
            // Written afresh: the body's last paragraph, one with elements around it (a move range, a contents entry's
            // field) and one closing a section.
            var keepable = kept is not null && i < flow.Count - 1 && before.Count == 0 && after.Count == 0 && flow[i].NewSection is null;
            yield return keepable ? KeptOrWritten(kept!, (paragraph.UnitKey, occurrence), inputs) : Written(inputs, before, after, flow[i].NewSection);
            _state.InsertionsLater = false;
        }
    }

    private BodyElement Written(ParagraphInputs inputs, List<OpenXmlElement> before, List<OpenXmlElement> after, DocumentInfo? newSection)
    {
        var written = _paragraphs.Write(inputs, before, after);
        if (newSection is not null)
        {
            written.ParagraphProperties!.SectionProperties = _sections.Next(newSection);
        }

        return new BodyElement(written);
    }

    /// <summary>The paragraph's kept XML, taking from the state what writing it would; else the paragraph written, to be kept once its XML is.</summary>
    private BodyPiece KeptOrWritten(ParagraphXmlCache kept, (string, int) place, ParagraphInputs inputs)
    {
        if (kept.Find(place, inputs) is { } found)
        {
            return new KeptBodyParagraph(found, _paragraphs.Reuse(inputs, found.IdCount));
        }

        var (firstId, unreplayable) = (_state.PeekNextId, _state.UnreplayableUses);
        var written = _paragraphs.Write(inputs);
        var idCount = _state.PeekNextId - firstId;
        return _state.UnreplayableUses == unreplayable
            ? new BodyElement(written, xml => kept.Keep(place, inputs, xml, firstId, idCount))
            : new BodyElement(written);
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
                    flow.AddRange(TocWriter.Paragraphs(toc).Select((p, i) => new FlowItem(p.Paragraph, null, p.Before, p.After, i == 0 && pageBreak, p.IsEntry)));
                    pageBreak = false;
                    break;
                case LayoutPageBreak { NewSection: { } next } pageBreakToSection:
                    // The closing paragraph of a section holds its properties; the next one starts on a new page.
                    flow.Add(new FlowItem(new LayoutParagraph(pageBreakToSection.UnitKey, "TocField", []), null, PageBreakBefore: pageBreak, NewSection: next));
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
