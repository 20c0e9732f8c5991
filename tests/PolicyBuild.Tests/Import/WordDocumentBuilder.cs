using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBuild.Tests.Import;

/// <summary>
/// Writes a .docx the way other programs and hand-made council policies do, with plain OpenXml:
/// Word's own styles only ("heading 1", "List Paragraph", no PolicyBuild style), typed numbers,
/// bullets and a two-level clause list (numbering), footnotes, hyperlinks, header and footer text.
/// </summary>
public sealed class WordDocumentBuilder
{
    /// <summary>numId of a bullet list.</summary>
    public const int Bullets = 1;

    /// <summary>numId of a multi-level decimal list: level 0 "%1.", level 1 "%1.%2".</summary>
    public const int Clauses = 2;

    private readonly List<OpenXmlElement> _body = [];
    private readonly List<(int Id, string Text)> _footnotes = [];
    private readonly List<(string Id, string Url)> _links = [];
    private readonly List<string> _footer = [];
    private bool _withStyles = true;
    private string? _title;

    public static Run Text(string text, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    public static Paragraph Paragraph(string? style, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph(style is null ? new ParagraphProperties() : new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(content);
        return paragraph;
    }

    public static Paragraph Numbered(int numId, int level, string? style, params OpenXmlElement[] content)
    {
        var paragraph = Paragraph(style, content);
        paragraph.ParagraphProperties!.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId });
        return paragraph;
    }

    public WordDocumentBuilder Add(params OpenXmlElement[] blocks)
    {
        _body.AddRange(blocks);
        return this;
    }

    public WordDocumentBuilder Heading(string text) => Add(Paragraph("Heading1", Text(text)));

    public WordDocumentBuilder Para(string text, bool bold = false) => Add(Paragraph(null, Text(text, bold)));

    public WordDocumentBuilder Bullet(string text) => Add(Numbered(Bullets, 0, "ListParagraph", Text(text)));

    /// <summary>A table; with <paramref name="header"/> its first row repeats as a header (w:tblHeader).</summary>
    public WordDocumentBuilder Table(bool header, params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableGrid(rows[0].Select(_ => new GridColumn { Width = "4500" })));
        foreach (var (cells, i) in rows.Select((cells, i) => (cells, i)))
        {
            var row = new TableRow(new TableRowProperties(header && i == 0 ? [new TableHeader()] : []));
            row.Append(cells.Select(c => new TableCell(Paragraph(null, Text(c)))));
            table.Append(row);
        }

        return Add(table);
    }

    /// <summary>A run with a footnote mark; the note is written to footnotes.xml.</summary>
    public Run Footnote(string text)
    {
        var id = _footnotes.Count + 1;
        _footnotes.Add((id, text));
        return new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id });
    }

    public Hyperlink Link(string text, string url)
    {
        var id = $"rIdLink{_links.Count + 1}";
        _links.Add((id, url));
        return new Hyperlink(Text(text)) { Id = id };
    }

    public WordDocumentBuilder CoreTitle(string title)
    {
        _title = title;
        return this;
    }

    public WordDocumentBuilder Footer(string text)
    {
        _footer.Add(text);
        return this;
    }

    /// <summary>No styles part at all, as some converters write.</summary>
    public WordDocumentBuilder WithoutStyles()
    {
        _withStyles = false;
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(b => b.CloneNode(true))));
            if (_withStyles)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = WordDocumentParts.Styles();
            }

            main.AddNewPart<NumberingDefinitionsPart>().Numbering = WordDocumentParts.Numbering();
            main.AddNewPart<FootnotesPart>().Footnotes = WordDocumentParts.Footnotes(_footnotes);
            _links.ForEach(l => main.AddHyperlinkRelationship(new Uri(l.Url), true, l.Id));
            if (_footer.Count > 0)
            {
                var footer = main.AddNewPart<FooterPart>();
                footer.Footer = new Footer(_footer.Select(t => Paragraph(null, Text(t))));
            }

            if (_title is not null)
            {
                package.PackageProperties.Title = _title;
            }
        }

        return stream.ToArray();
    }
}
