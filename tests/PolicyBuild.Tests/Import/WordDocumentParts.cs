using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBuild.Tests.Import;

/// <summary>The styles, numbering and footnotes parts of <see cref="WordDocumentBuilder"/>: Word's defaults, nothing of PolicyBuild.</summary>
public static class WordDocumentParts
{
    public static Styles Styles() => new(
        new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new Languages { Val = "en-GB" }))),
        Style("Normal", "Normal", isDefault: true),
        Style("Heading1", "heading 1", outline: 0),
        Style("Heading2", "heading 2", outline: 1),
        Style("Title", "Title"),
        Style("ListParagraph", "List Paragraph"),
        Style("FootnoteText", "footnote text"));

    public static Numbering Numbering() => new(
        Abstract(1, (NumberFormatValues.Bullet, "\u2022"), (NumberFormatValues.Bullet, "o")),
        Abstract(2, (NumberFormatValues.Decimal, "%1."), (NumberFormatValues.Decimal, "%1.%2"), (NumberFormatValues.Decimal, "%1.%2.%3")),
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = WordDocumentBuilder.Bullets },
        new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = WordDocumentBuilder.Clauses });

    public static Footnotes Footnotes(IEnumerable<(int Id, string Text)> notes) => new(
        [
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
            .. notes.Select(n => new Footnote(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }),
                new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                new Run(new Text(" " + n.Text) { Space = SpaceProcessingModeValues.Preserve }))) { Id = n.Id }),
        ]);

    private static Style Style(string id, string name, bool isDefault = false, int? outline = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        if (outline is { } level)
        {
            style.Append(new StyleParagraphProperties(new OutlineLevel { Val = level }));
        }

        return style;
    }

    private static AbstractNum Abstract(int id, params (NumberFormatValues Format, string Text)[] levels) =>
        new(levels.Select((l, i) => new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = l.Format }, new LevelText { Val = l.Text }) { LevelIndex = i }))
        {
            AbstractNumberId = id,
        };
}
