using PolicyBuild.Diagnostics;

namespace PolicyBuild.Markdown.Lint;

/// <summary>One thing a reviewer would raise; reports warnings, never errors (<c>--strict</c> promotes them).</summary>
public interface ILintRule
{
    IEnumerable<Diagnostic> Check(LintContext context);
}
