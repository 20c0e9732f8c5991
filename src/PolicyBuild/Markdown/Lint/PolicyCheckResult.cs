using PolicyBuild.Diagnostics;
using PolicyBuild.Model;

namespace PolicyBuild.Markdown.Lint;

/// <summary>What <c>check</c> found in one policy.</summary>
/// <param name="Policy">The loaded policy; null when it has errors that stop loading.</param>
/// <param name="Diagnostics">Load errors, or the reviewer's warnings (errors under <c>--strict</c>).</param>
/// <param name="LoadTime">Loading and validating, for <c>--verbose</c>.</param>
/// <param name="LintTime">The reviewer's checks, for <c>--verbose</c>.</param>
public sealed record PolicyCheckResult(Policy? Policy, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan LoadTime, TimeSpan LintTime)
{
    public bool HasErrors => Policy is null || Diagnostics.Any(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
