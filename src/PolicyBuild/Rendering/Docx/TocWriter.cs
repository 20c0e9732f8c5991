using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Rendering.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Writes the contents: one paragraph per entry, linked to its heading, with a PAGEREF field for its page, so
/// the contents read correctly in Word and LibreOffice without updating anything, and the PDF has page numbers.
/// </summary>
internal sealed class TocWriter(ParagraphWriter paragraphs, RenderState state)
{
    private const string FieldStyle = "TocField";
    private const string Instruction = " TOC \\o \"1-1\" \\h \\z \\u ";

    /// <remarks>
    /// The field's begin and end sit in paragraphs of their own, never tracked: if they shared a
    /// paragraph with an entry that a redline inserts or deletes, that paragraph could not vanish
    /// when the change is rejected or accepted.
    /// </remarks>
    public IEnumerable<Paragraph> Write(LayoutTableOfContents toc)
    {
        yield return paragraphs.Write(new LayoutParagraph(toc.UnitKey, FieldStyle, []), toc.IsField ? FieldStart() : null);
        foreach (var entry in toc.Entries)
        {
            yield return paragraphs.Write(entry, after: PageNumber(entry));
        }

        yield return paragraphs.Write(new LayoutParagraph(toc.UnitKey, FieldStyle, []),
            after: toc.IsField ? [new Run(new FieldChar { FieldCharType = FieldCharValues.End })] : null);
    }

    /// <summary>
    /// A tab to the right-aligned, dotted tab stop and a PAGEREF field to the heading's bookmark. Its stored result
    /// is empty (no page is known before layout); LibreOffice fills it in before a PDF is exported, Word when fields
    /// are updated. A deleted entry's heading has no bookmark, so it gets none; an inserted entry's field is inserted
    /// with it, so rejecting the change removes the whole paragraph.
    /// </summary>
    private IEnumerable<OpenXmlElement> PageNumber(LayoutParagraph entry)
    {
        if (entry.Runs.LastOrDefault(r => r.Link is not null) is not { Link: ['#', .. var target] } last || last.Revision?.RemovesContent == true
            || entry.Mark?.RemovesContent == true)
        {
            return [];
        }

        OpenXmlElement[] runs =
        [
            new Run(new TabChar()),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode($" PAGEREF {BookmarkNames.For(target)} \\h ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        ];
        return last.Revision?.Kind is { } kind and not RevisionKind.FormatChanged ? [TrackedChange.Wrap(kind, runs, state)] : runs;
    }

    private static OpenXmlElement[] FieldStart() =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(Instruction) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
    ];
}
