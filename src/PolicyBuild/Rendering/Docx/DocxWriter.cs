using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Writes a <see cref="LayoutDocument"/> as a .docx package: body, styles from the reference
/// document, numbering, footnotes, header and footer, settings and core properties. The same
/// writer serves clean documents and marked ones; revisions in the layout become tracked changes.
/// </summary>
public sealed class DocxWriter(ReferenceDocument reference)
{
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1440;

    public byte[] Write(LayoutDocument layout, RevisionContext? revisions = null)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var state = new RenderState(main, revisions ?? RevisionContext.None);
            var body = new Body(new BodyWriter(state).Write(layout.Blocks).ToList());

            var header = main.AddNewPart<HeaderPart>("rIdHeader");
            header.Header = HeaderFooterWriter.Header(layout.Info);
            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = HeaderFooterWriter.Footer(layout.Info);
            body.Append(SectionProperties());
            main.Document = new Document(body);

            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = reference.StylesFor(layout.Info.Language);
            if (state.Numbering.Instances.Any())
            {
                main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = NumberingWriter.Write(state.Numbering);
            }

            main.AddNewPart<FootnotesPart>("rIdFootnotes").Footnotes =
                FootnoteWriter.Write(layout.Footnotes, state, new ParagraphWriter(state));
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings(layout.Info.Language);
            DocumentProperties.Write(package, layout.Info);
        }

        return DeterministicZip.Normalize(stream.ToArray());
    }

    private static SectionProperties SectionProperties() => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
        new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin
        {
            Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin,
            Header = 720, Footer = 720, Gutter = 0,
        });

    private static Settings Settings(string language) => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }),
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = language });
}
