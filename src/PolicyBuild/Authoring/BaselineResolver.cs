using PolicyBuild.Diagnostics;
using PolicyBuild.Model;

namespace PolicyBuild.Authoring;

/// <summary>
/// Finds the baseline of a redline: a folder with the same layout (relative to the policy, or to
/// the current directory), else a git revision (tag, branch, commit) of the policy's repository.
/// </summary>
public static class BaselineResolver
{
    /// <param name="baseline">The folder or git revision asked for, and where it was asked for.</param>
    /// <param name="policyDirectory">The draft's folder: a baseline folder may be relative to it, and a revision is looked for in its repository.</param>
    /// <param name="fromCommandLine">True for <c>--baseline</c>, whose folders are relative to the current directory.</param>
    public static IPolicyTree Resolve(BaselineReference baseline, string policyDirectory, bool fromCommandLine)
    {
        var candidates = fromCommandLine
            ? new[] { baseline.Spec, Path.Combine(policyDirectory, baseline.Spec) }
            : [Path.Combine(policyDirectory, baseline.Spec)];
        foreach (var candidate in candidates)
        {
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, MetadataReader.FileName)))
            {
                return new DirectoryPolicyTree(candidate, DisplayPath.Of(candidate));
            }
        }

        // A spec starting with '-' would reach git as an option, not a revision.
        if (!baseline.Spec.StartsWith('-') && baseline.Spec.Trim().Length > 0 && GitPolicyTree.TryOpen(policyDirectory, baseline.Spec) is { } tree)
        {
            return tree;
        }

        throw new PolicyBuildException(baseline.Location,
            $"baseline '{baseline.Spec}' is neither a policy folder (with {MetadataReader.FileName}) nor a git revision that contains this policy");
    }
}
