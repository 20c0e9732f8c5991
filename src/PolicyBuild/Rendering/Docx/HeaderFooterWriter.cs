using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>Header with the title (and DRAFT), footer with version and "Page X of Y".</summary>
internal static class HeaderFooterWriter
{
    public static Header Header(DocumentInfo info)
    {
        var header = new Header(Paragraph("Header", new Run(new Text(info.HeaderText) { Space = SpaceProcessingModeValues.Preserve })));
        if (info.IsDraft)
        {
            header.Append(Paragraph("DraftMark", new Run(new Text("DRAFT"))));
        }

        return header;
    }

    public static Footer Footer(DocumentInfo info) => new(Paragraph("Footer",
        new Run(new Text(info.FooterText + "\u2003") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
        new Run(new Text(" of ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));

    private static Paragraph Paragraph(string style, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(content);
        return paragraph;
    }
}
