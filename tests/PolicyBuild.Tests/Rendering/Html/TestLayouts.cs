using PolicyBuild.Layout;

namespace PolicyBuild.Tests.Rendering.Html;

/// <summary>Small hand-built layouts, for what the sample does not exercise (footnotes, moves, nesting, escaping).</summary>
public static class TestLayouts
{
    public static DocumentInfo Info(string title = "Test Policy", bool isDraft = false) =>
        new(title, "Test subject", "Test Author", "en-GB", "Test header", "Test footer", isDraft);

    public static LayoutDocument Document(params LayoutBlock[] blocks) => new(Info(), [.. blocks], []);

    public static LayoutParagraph Title(string text = "Test Policy") => new("frame:Title#1", StyleIds.Title, [new LayoutRun(text)]);

    public static LayoutParagraph Paragraph(string style, params LayoutRun[] runs) => new("frame:p", style, [.. runs]);

    public static LayoutParagraph Text(string text) => Paragraph(StyleIds.BodyText, new LayoutRun(text));

    public static LayoutParagraph Clause(string id, string number, string text, Revision? mark = null) =>
        new(UnitKeys.Clause(id), StyleIds.Clause,
            [new LayoutRun(number, Kind: RunKind.ClauseNumber, Revision: mark), LayoutRun.Tab() with { Revision = mark }, new LayoutRun(text, Revision: mark)],
            Bookmark: id, Mark: mark);

    public static LayoutParagraph Item(string unit, string text, ListStyle style = ListStyle.LowerLetter, int level = 0, string list = "list1", Revision? mark = null) =>
        new(unit, StyleIds.ListParagraph, [new LayoutRun(text, Revision: mark)], new ListMarker(style, level, $"{unit}/{list}"), Mark: mark);
}
