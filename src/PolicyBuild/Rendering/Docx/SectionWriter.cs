using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// The document's sections: A4 pages, each section with a header and footer of its own facts. Most
/// documents have one; a pack starts one per appendix, so the appendix pages keep its title and DRAFT.
/// </summary>
internal sealed class SectionWriter(MainDocumentPart main, DocumentInfo first)
{
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1440;
    private int _count;

    /// <summary>The facts of the section being written.</summary>
    public DocumentInfo Current { get; private set; } = first;

    /// <summary>Ends the current section (its properties go in the paragraph that closes it) and starts the next.</summary>
    public SectionProperties Next(DocumentInfo next)
    {
        var properties = Close();
        Current = next;
        return properties;
    }

    /// <summary>The properties of the current section, with its header and footer parts.</summary>
    public SectionProperties Close()
    {
        _count++;
        var suffix = _count == 1 ? string.Empty : _count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var headerId = "rIdHeader" + suffix;
        var footerId = "rIdFooter" + suffix;
        main.AddNewPart<HeaderPart>(headerId).Header = HeaderFooterWriter.Header(Current);
        main.AddNewPart<FooterPart>(footerId).Footer = HeaderFooterWriter.Footer(Current);
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin
            {
                Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin,
                Header = 720, Footer = 720, Gutter = 0,
            });
    }
}
