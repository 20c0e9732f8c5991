using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Html;

/// <summary>What makes a paragraph linkable besides its bookmark: the number it starts with.</summary>
internal static class ParagraphAnchors
{
    /// <summary>True when the paragraph's content is gone once all changes are accepted.</summary>
    public static bool IsRemoved(LayoutParagraph paragraph) => paragraph.Mark?.RemovesContent == true;

    public static bool StartsWithNumber(LayoutParagraph paragraph) =>
        paragraph.Runs.Length > 0 && IsNumber(paragraph.Runs[0].Kind);

    public static bool IsNumber(RunKind kind) => kind is RunKind.ClauseNumber or RunKind.SectionNumber;

    /// <summary>
    /// <c>clause-5.12</c> or <c>section-5</c> for a paragraph that starts with its number. A renumbered
    /// paragraph in a marked document is anchored at its new number; a removed one at its old.
    /// </summary>
    public static string? NumberAnchor(LayoutParagraph paragraph)
    {
        if (!StartsWithNumber(paragraph))
        {
            return null;
        }

        var removed = IsRemoved(paragraph);
        var number = string.Concat(paragraph.Runs
            .TakeWhile(r => IsNumber(r.Kind))
            .Where(r => removed || r.Revision?.RemovesContent != true)
            .Select(r => r.Text)).Trim();
        if (number.Length == 0)
        {
            return null;
        }

        var prefix = paragraph.Runs[0].Kind == RunKind.ClauseNumber ? "clause-" : "section-";
        return prefix + number;
    }
}
