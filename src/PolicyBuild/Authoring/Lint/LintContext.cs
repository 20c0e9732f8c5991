using PolicyBuild.Model;

namespace PolicyBuild.Authoring.Lint;

/// <summary>What every check sees: the loaded policy, its folder and each of its fragment files.</summary>
public sealed record LintContext(Policy Policy, DirectoryPolicyTree Tree, IReadOnlyList<LintSource> Sources, LintOptions Options)
{
    public string DisplayPath(string relativePath) => ((IPolicyTree)Tree).DisplayPath(relativePath);
}
