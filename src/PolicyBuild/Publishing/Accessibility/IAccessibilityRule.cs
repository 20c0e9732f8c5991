namespace PolicyBuild.Publishing.Accessibility;

/// <summary>One accessibility check of a laid-out document.</summary>
public interface IAccessibilityRule
{
    IEnumerable<AccessibilityFinding> Check(DocumentMap document);
}
