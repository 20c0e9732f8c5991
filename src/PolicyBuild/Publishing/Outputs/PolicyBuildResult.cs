using PolicyBuild.Diff;
using PolicyBuild.Layout;
using PolicyBuild.Model;

namespace PolicyBuild.Publishing.Outputs;

/// <summary>Everything built for one policy, still in memory.</summary>
/// <param name="Policy">The policy as loaded from its folder.</param>
/// <param name="Outputs">Every file to write, in the order they were built.</param>
/// <param name="Changes">What changed since the baseline (changes.json); null without a baseline.</param>
/// <param name="Documents">Each Word document of <paramref name="Outputs"/> with the layout it came from.</param>
/// <param name="PolicyDirectory">The folder the policy was loaded from (git commit, policy.yml).</param>
/// <param name="Warnings">What a reviewer would raise about the revision (see <see cref="RevisionWarnings"/>).</param>
public sealed record PolicyBuildResult(
    Policy Policy,
    IReadOnlyList<OutputFile> Outputs,
    ChangeSet? Changes,
    IReadOnlyList<BuiltDocument> Documents,
    string PolicyDirectory,
    IReadOnlyList<PolicyBuild.Diagnostics.Diagnostic>? Warnings = null)
{
    /// <summary>The clean policy as laid out.</summary>
    public LayoutDocument Clean => Documents.First(d => d.Kind == OutputKinds.Policy).Layout;

    /// <summary>The marked-revisions appendix as laid out; null without a baseline.</summary>
    public LayoutDocument? Marked => Documents.FirstOrDefault(d => d.Kind == OutputKinds.MarkedRevisions)?.Layout;

    /// <summary>The folder this policy's outputs go to: <c>&lt;out&gt;/&lt;short-name&gt;</c>.</summary>
    public string OutputFolder(BuildOptions options) => Path.Combine(options.OutputRoot, Policy.Metadata.ShortName);
}
