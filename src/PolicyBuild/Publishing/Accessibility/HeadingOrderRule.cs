namespace PolicyBuild.Publishing.Accessibility;

/// <summary>
/// Headings start at level 1 and never skip a level (1 → 3), and none is empty: screen-reader users
/// move through a document by its headings, and PDF bookmarks are built from them.
/// </summary>
public sealed class HeadingOrderRule : IAccessibilityRule
{
    public IEnumerable<AccessibilityFinding> Check(DocumentMap document)
    {
        var previous = 0;
        foreach (var heading in document.Headings)
        {
            var level = HeadingStyles.LevelOf(heading.Paragraph.StyleId)!.Value;
            if (ParagraphText.Shown(heading.Paragraph).Length == 0)
            {
                yield return AccessibilityFinding.Error(heading.Place, "heading is empty: screen readers announce a heading with nothing in it");
            }

            if (level > previous + 1)
            {
                yield return AccessibilityFinding.Error(heading.Place, previous == 0
                    ? $"the first heading is level {level}: start at level 1 ('#' in Markdown)"
                    : $"heading level {level} follows level {previous}: levels must not be skipped (use level {previous + 1})");
            }

            previous = level;
        }
    }
}
