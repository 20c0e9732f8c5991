using PolicyBuild.Layout;

namespace PolicyBuild.Publishing.Accessibility;

/// <summary>Which paragraphs are headings (Heading1 … Heading6): what screen readers and PDF bookmarks navigate by.</summary>
public static class HeadingStyles
{
    /// <summary>The heading level of a style, or null when it is not a heading style.</summary>
    public static int? LevelOf(string styleId) =>
        styleId.Length == 8 && styleId.StartsWith("Heading", StringComparison.Ordinal) && styleId[7] is >= '1' and <= '6'
            ? styleId[7] - '0'
            : null;

    public static bool IsHeading(LayoutParagraph paragraph) => LevelOf(paragraph.StyleId) is not null;
}
