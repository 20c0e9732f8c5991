using System.Text.RegularExpressions;

namespace PolicyBuild.Publishing.Accessibility;

/// <summary>
/// The document has a title (announced first by screen readers, shown as the PDF and browser title)
/// and a language (which picks the screen reader's voice and pronunciation).
/// </summary>
public sealed partial class DocumentPropertiesRule : IAccessibilityRule
{
    public IEnumerable<AccessibilityFinding> Check(DocumentMap document)
    {
        var info = document.Document.Info;
        if (string.IsNullOrWhiteSpace(info.Title))
        {
            yield return AccessibilityFinding.Error(null, "document has no title: set 'title' in policy.yml; screen readers announce it first");
        }

        if (string.IsNullOrWhiteSpace(info.Language))
        {
            yield return AccessibilityFinding.Error(null, "document has no language: set 'language' in policy.yml, e.g. en-GB; screen readers choose their voice by it");
        }
        else if (!LanguageTag().IsMatch(info.Language))
        {
            yield return AccessibilityFinding.Error(null, $"language '{info.Language}' is not a language tag such as en-GB or cy");
        }
    }

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
