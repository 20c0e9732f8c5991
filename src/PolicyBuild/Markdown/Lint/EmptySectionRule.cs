using PolicyBuild.Diagnostics;

namespace PolicyBuild.Markdown.Lint;

/// <summary>A section with no clauses: a heading with nothing under it in the built policy.</summary>
public sealed class EmptySectionRule : ILintRule
{
    public IEnumerable<Diagnostic> Check(LintContext context) =>
        context.Sources
            .Where(s => s.IsSection && s.Section.Clauses.IsEmpty)
            .Select(s => Diagnostic.Warning(s.Section.Location,
                $"section {s.Section.Number} '{s.Section.Title}' has no clauses: add one, or remove the section"));
}
