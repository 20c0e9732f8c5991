using PolicyBuild.Authoring;
using PolicyBuild.Model;

namespace PolicyBuild.Markdown.Lint;

/// <summary>What every check sees: the loaded policy, its files and folder on disk, and each of its fragment files.</summary>
/// <param name="Policy">The policy as loaded.</param>
/// <param name="Tree">The policy's files, to read (the loader's texts, when remembered).</param>
/// <param name="Folder">The policy folder on disk, where relative links are looked for.</param>
/// <param name="Sources">Each of its fragment files, with its front matter and body as the loader read them.</param>
/// <param name="Options">What the reviewer's checks compare with.</param>
public sealed record LintContext(Policy Policy, IPolicyTree Tree, DirectoryPolicyTree Folder, IReadOnlyList<LintSource> Sources, LintOptions Options)
{
    public string DisplayPath(string relativePath) => Tree.DisplayPath(relativePath);
}

/// <summary>What the reviewer's checks compare with.</summary>
/// <param name="Today">The date a review date must not be before: <c>check --today</c>, else the clock (a check, not an output).</param>
/// <param name="MaxClauseWords">Above this many words a clause is flagged as very long.</param>
public sealed record LintOptions(DateOnly Today, int MaxClauseWords = 250);
