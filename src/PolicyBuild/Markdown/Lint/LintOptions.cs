namespace PolicyBuild.Markdown.Lint;

/// <summary>What the reviewer's checks compare with.</summary>
/// <param name="Today">The date a review date must not be before: <c>check --today</c>, else the clock (a check, not an output).</param>
/// <param name="MaxClauseWords">Above this many words a clause is flagged as very long.</param>
public sealed record LintOptions(DateOnly Today, int MaxClauseWords = 250);
