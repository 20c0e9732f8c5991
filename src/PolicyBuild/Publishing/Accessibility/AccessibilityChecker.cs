using System.Collections.Immutable;
using PolicyBuild.Layout;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Publishing.Accessibility;

/// <summary>
/// Checks laid-out documents before anything is written: headings in order, tables with header
/// rows, meaningful link text, a title and a language, drafts marked. Errors stop the run; warnings
/// are things a person must judge (they stop it only with <c>--strict</c>).
/// </summary>
public sealed class AccessibilityChecker(IEnumerable<IAccessibilityRule> rules)
{
    /// <summary>Every rule PolicyBuild checks.</summary>
    public static readonly ImmutableArray<IAccessibilityRule> DefaultRules =
    [
        new DocumentPropertiesRule(),
        new DraftMarkingRule(),
        new HeadingOrderRule(),
        new TableHeaderRule(),
        new LinkTextRule(),
    ];

    private readonly ImmutableArray<IAccessibilityRule> _rules = [.. rules];

    public AccessibilityChecker()
        : this(DefaultRules)
    {
    }

    public IReadOnlyList<AccessibilityFinding> Check(LayoutDocument document)
    {
        var map = new DocumentMap(document);
        return _rules.SelectMany(rule => rule.Check(map)).ToList();
    }

    /// <summary>Checks a document of the run; findings are located in its .docx, e.g. <c>output/x/x.docx: clause 5.12</c>.</summary>
    public IReadOnlyList<PublishIssue> Check(BuiltDocument document)
    {
        var file = document.Docx.Path.Replace('\\', '/');
        return Check(document.Layout).Select(f => new PublishIssue(f.Severity, file, f.Place, f.Message)).ToList();
    }
}
