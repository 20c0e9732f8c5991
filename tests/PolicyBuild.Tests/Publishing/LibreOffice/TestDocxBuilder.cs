using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBuild.Tests.Publishing.LibreOffice;

/// <summary>
/// Builds small Word documents with tracked changes the way Word writes them, so tests can check
/// what LibreOffice makes of them. Styles: Heading1, Heading2; numbering 1 is lowerLetter "(%1)".
/// </summary>
internal sealed class TestDocxBuilder
{
    private const string Author = "PolicyBuild tests";
    private const int ColumnWidth = 4000;

    private readonly DateTime _date = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly Body _body = new();
    private int _nextId = 1;

    /// <summary>A plain run.</summary>
    public static Run Text(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>Adds a heading paragraph (style HeadingN).</summary>
    public TestDocxBuilder Heading(string text, int level) =>
        Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), Text(text)));

    /// <summary>Adds a paragraph with the given runs (plain, inserted or deleted).</summary>
    public TestDocxBuilder Paragraph(params OpenXmlElement[] content) => Add(P(content));

    /// <summary>A paragraph not yet added (for table cells).</summary>
    public static Paragraph P(params OpenXmlElement[] content) => new(content);

    /// <summary>A tracked insertion of <paramref name="text"/> (w:ins).</summary>
    public InsertedRun Inserted(string text) =>
        new(Text(text)) { Id = NextId(), Author = Author, Date = _date };

    /// <summary>A tracked deletion of <paramref name="text"/> (w:del with w:delText).</summary>
    public DeletedRun Deleted(string text) =>
        new(new Run(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            Id = NextId(), Author = Author, Date = _date,
        };

    /// <summary>
    /// Adds a wholly inserted paragraph, as Word writes one: inserted content and an inserted
    /// paragraph mark (w:pPr/w:rPr/w:ins).
    /// </summary>
    public TestDocxBuilder InsertedParagraph(string text, string? styleId = null, int? numId = null) =>
        Add(new Paragraph(
            MarkProperties(styleId, numId, new Inserted { Id = NextId(), Author = Author, Date = _date }),
            Inserted(text)));

    /// <summary>Adds a wholly deleted paragraph: deleted content and a deleted paragraph mark.</summary>
    public TestDocxBuilder DeletedParagraph(string text, string? styleId = null) =>
        Add(new Paragraph(
            MarkProperties(styleId, null, new Deleted { Id = NextId(), Author = Author, Date = _date }),
            Deleted(text)));

    /// <summary>
    /// Adds the origin of a moved paragraph: moved-from mark (w:pPr/w:rPr/w:moveFrom) and content
    /// wrapped in w:moveFromRangeStart/End named <paramref name="name"/>.
    /// </summary>
    public TestDocxBuilder MovedFromParagraph(string text, string name)
    {
        var rangeId = NextId();
        return Add(new Paragraph(
            MarkProperties(null, null, new MoveFrom { Id = NextId(), Author = Author, Date = _date }),
            new MoveFromRangeStart { Id = rangeId, Name = name, Author = Author, Date = _date },
            new MoveFromRun(Text(text)) { Id = NextId(), Author = Author, Date = _date },
            new MoveFromRangeEnd { Id = rangeId }));
    }

    /// <summary>Adds the destination of a moved paragraph (w:moveTo mark and content in a moveTo range).</summary>
    public TestDocxBuilder MovedToParagraph(string text, string name)
    {
        var rangeId = NextId();
        return Add(new Paragraph(
            MarkProperties(null, null, new MoveTo { Id = NextId(), Author = Author, Date = _date }),
            new MoveToRangeStart { Id = rangeId, Name = name, Author = Author, Date = _date },
            new MoveToRun(Text(text)) { Id = NextId(), Author = Author, Date = _date },
            new MoveToRangeEnd { Id = rangeId }));
    }

    /// <summary>Adds a paragraph whose text was made bold as a tracked format change (w:rPrChange).</summary>
    public TestDocxBuilder BoldAddedParagraph(string text) =>
        Add(new Paragraph(new Run(
            new RunProperties(
                new Bold(),
                new RunPropertiesChange(new PreviousRunProperties()) { Id = NextId(), Author = Author, Date = _date }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve })));

    /// <summary>Adds a paragraph numbered with list 1, level 0.</summary>
    public TestDocxBuilder NumberedParagraph(string text) =>
        Add(new Paragraph(MarkProperties(null, 1, null), Text(text)));

    /// <summary>
    /// Adds a table of contents as Word writes one: a w:sdt (docPartGallery "Table of Contents")
    /// holding a TOC field whose cached result is one TOC1 paragraph per entry.
    /// </summary>
    public TestDocxBuilder TableOfContents(params string[] entries)
    {
        var content = new SdtContentBlock();
        for (var i = 0; i < entries.Length; i++)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" }));
            if (i == 0)
            {
                paragraph.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }

            paragraph.Append(Text(entries[i]));
            if (i == entries.Length - 1)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            content.Append(paragraph);
        }

        _body.Append(new SdtBlock(
            new SdtProperties(new SdtContentDocPartObject(
                new DocPartGallery { Val = "Table of Contents" }, new DocPartUnique())),
            content));
        return this;
    }

    /// <summary>Adds a table; each inner array is a row of cell paragraphs.</summary>
    public TestDocxBuilder Table(params Paragraph[][] rows)
    {
        var columns = rows.Max(r => r.Length);
        var grid = new TableGrid();
        for (var i = 0; i < columns; i++)
        {
            grid.Append(new GridColumn { Width = ColumnWidth.ToString(CultureInfo.InvariantCulture) });
        }

        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            grid);
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(
                new TableCellProperties(new TableCellWidth
                {
                    Width = ColumnWidth.ToString(CultureInfo.InvariantCulture),
                    Type = TableWidthUnitValues.Dxa,
                }),
                cell))));
        }

        _body.Append(table);
        return this;
    }

    /// <summary>Writes the document to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = (Body)_body.CloneNode(true);
        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1440, Right = 1440, Bottom = 1440, Left = 1440, Header = 708, Footer = 708, Gutter = 0 }));
        main.Document = new Document(body);
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
        main.Document.Save();
    }

    private TestDocxBuilder Add(Paragraph paragraph)
    {
        _body.Append(paragraph);
        return this;
    }

    private string NextId() => (_nextId++).ToString(CultureInfo.InvariantCulture);

    // Schema order inside w:pPr: pStyle, numPr, ..., rPr (the paragraph mark's run properties) last.
    private static ParagraphProperties MarkProperties(string? styleId, int? numId, OpenXmlElement? markChange)
    {
        var properties = new ParagraphProperties();
        if (styleId is not null)
        {
            properties.Append(new ParagraphStyleId { Val = styleId });
        }

        if (numId is { } id)
        {
            properties.Append(new NumberingProperties(
                new NumberingLevelReference { Val = 0 }, new NumberingId { Val = id }));
        }

        if (markChange is not null)
        {
            properties.Append(new ParagraphMarkRunProperties(markChange));
        }

        return properties;
    }

    private static Styles Styles()
    {
        var fonts = new RunFonts { Ascii = "Liberation Sans", HighAnsi = "Liberation Sans", ComplexScript = "Liberation Sans" };
        return new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(fonts, new FontSize { Val = "22" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
            {
                Type = StyleValues.Paragraph, StyleId = "Normal", Default = true,
            },
            Heading(1, "32"),
            Heading(2, "26"),
            new Style(new StyleName { Val = "toc 1" }, new BasedOn { Val = "Normal" })
            {
                Type = StyleValues.Paragraph, StyleId = "TOC1",
            });
    }

    private static Style Heading(int level, string size) =>
        new(
            new StyleName { Val = $"heading {level}" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "240", After = "120" },
                new OutlineLevel { Val = level - 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = size }))
        {
            Type = StyleValues.Paragraph, StyleId = $"Heading{level}",
        };

    private static Numbering Numbering() =>
        new(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatValues.LowerLetter },
                    new LevelText { Val = "(%1)" },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
                {
                    LevelIndex = 0,
                })
            {
                AbstractNumberId = 0,
            },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
}
