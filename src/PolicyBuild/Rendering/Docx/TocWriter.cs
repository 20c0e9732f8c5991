using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

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
    /// are updated. The page number goes with the entry's link: tracked as the entry's paragraph mark is, else
    /// inserted when the link is new (an entry that replaced another), deleted when it is gone. A deleted entry's
    /// heading has no bookmark: it keeps only its tab.
    /// </summary>
    private IEnumerable<OpenXmlElement> PageNumber(LayoutParagraph entry)
    {
        var linked = entry.Runs.Where(r => r.Link is ['#', ..]).ToList();
        if (linked.Count == 0)
        {
            return [];
        }

        var kept = linked.Where(r => r.Revision is null or { Kind: RevisionKind.FormatChanged }).ToList();
        var added = linked.Where(r => r.Revision?.Kind is RevisionKind.Inserted or RevisionKind.MovedTo).ToList();
        var revision = entry.Mark?.Kind
            ?? (kept.Count > 0 ? (RevisionKind?)null : added.Count > 0 ? added[^1].Revision!.Kind : linked[^1].Revision!.Kind);
        var target = (kept.Count > 0 ? kept[^1] : added.Count > 0 ? added[^1] : linked[^1]).Link![1..];
        OpenXmlElement[] runs = revision is RevisionKind.Deleted or RevisionKind.MovedFrom
            ? [new Run(new TabChar())]
            :
            [
                new Run(new TabChar()),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode($" PAGEREF {BookmarkNames.For(target)} \\h ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            ];
        return revision is { } kind ? [TrackedChange.Wrap(kind, runs, state)] : runs;
    }

    private static OpenXmlElement[] FieldStart() =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(Instruction) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
    ];
}
