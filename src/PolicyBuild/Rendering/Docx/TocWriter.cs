using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Writes a real TOC field whose stored result already lists the sections (with links), so the
/// contents read correctly before anyone updates fields, in Word, LibreOffice and the PDF.
/// </summary>
internal static class TocWriter
{
    private const string FieldStyle = "TocField";
    private const string Instruction = " TOC \\o \"1-1\" \\h \\z \\u ";

    /// <summary>The contents as body paragraphs, each with what goes before and after its runs.</summary>
    /// <remarks>
    /// The field's begin and end sit in paragraphs of their own, never tracked: if they shared a
    /// paragraph with an entry that a redline inserts or deletes, that paragraph could not vanish
    /// when the change is rejected or accepted.
    /// </remarks>
    public static IEnumerable<(LayoutParagraph Paragraph, OpenXmlElement[]? Before, OpenXmlElement[]? After)> Paragraphs(LayoutTableOfContents toc)
    {
        yield return (new LayoutParagraph(toc.UnitKey, FieldStyle, []), toc.IsField ? FieldStart() : null, null);
        foreach (var entry in toc.Entries)
        {
            yield return (entry, null, null);
        }

        yield return (new LayoutParagraph(toc.UnitKey, FieldStyle, []), null,
            toc.IsField ? [new Run(new FieldChar { FieldCharType = FieldCharValues.End })] : null);
    }

    private static OpenXmlElement[] FieldStart() =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(Instruction) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
    ];
}
