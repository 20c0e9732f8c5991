using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Rendering.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Writes a real TOC field whose stored result already lists the sections (with links), so the
/// contents read correctly before anyone updates fields, in Word, LibreOffice and the PDF.
/// </summary>
internal sealed class TocWriter(ParagraphWriter paragraphs)
{
    private const string Instruction = " TOC \\o \"1-1\" \\h \\z \\u ";

    public IEnumerable<Paragraph> Write(LayoutTableOfContents toc)
    {
        var entries = toc.Entries.IsEmpty
            ? [new LayoutParagraph(toc.UnitKey, StyleIds.Toc1, [new LayoutRun("No sections")])]
            : toc.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            var before = i == 0 ? FieldStart() : null;
            var after = i == entries.Length - 1 ? [new Run(new FieldChar { FieldCharType = FieldCharValues.End })] : (OpenXmlElement[]?)null;
            yield return paragraphs.Write(entries[i], before, after);
        }
    }

    private static OpenXmlElement[] FieldStart() =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(Instruction) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
    ];
}
