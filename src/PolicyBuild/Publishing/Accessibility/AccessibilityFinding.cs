using PolicyBuild.Diagnostics;

namespace PolicyBuild.Publishing.Accessibility;

/// <summary>What one rule found, before it is tied to an output file.</summary>
/// <param name="Severity">An error stops the publish; a warning is for a person to judge (an error too with <c>--strict</c>).</param>
/// <param name="Place">Where in the document (<c>clause 5.12</c>); null for the document as a whole.</param>
/// <param name="Message">What is wrong, then why it matters or how to put it right.</param>
public sealed record AccessibilityFinding(Severity Severity, string? Place, string Message)
{
    public static AccessibilityFinding Error(string? place, string message) => new(Severity.Error, place, message);

    public static AccessibilityFinding Warning(string? place, string message) => new(Severity.Warning, place, message);
}
