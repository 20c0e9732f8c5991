namespace PolicyBuild.Publishing.Accessibility;

/// <summary>
/// A draft says DRAFT in its text, not only in the page header: a tagged PDF marks headers as
/// artefacts that screen readers skip, so a blind reader would not learn the document is a draft.
/// </summary>
public sealed class DraftMarkingRule : IAccessibilityRule
{
    public IEnumerable<AccessibilityFinding> Check(DocumentMap document)
    {
        if (document.Document.Info.IsDraft
            && !document.Paragraphs.Any(p => p.InBody && ParagraphText.Shown(p.Paragraph).Contains("DRAFT", StringComparison.Ordinal)))
        {
            yield return AccessibilityFinding.Error(null,
                "draft document is not marked DRAFT in its text: the header's DRAFT is skipped by screen readers; keep the template's draft notice ('DRAFT … {.draft-notice}')");
        }
    }
}
