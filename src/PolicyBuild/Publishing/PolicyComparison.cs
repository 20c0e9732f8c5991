using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Diff;
using PolicyBuild.Model;

namespace PolicyBuild.Publishing;

/// <summary>
/// The change model of a draft against its baseline, as <c>build</c> makes it (laid out by the same
/// template, matched by id) but without writing any Word document.
/// </summary>
/// <param name="Baseline">The version compared with.</param>
/// <param name="Draft">The policy folder as it is now.</param>
/// <param name="Changes">What changed, as changes.json has it.</param>
public sealed record PolicyComparison(Policy Baseline, Policy Draft, ChangeSet Changes)
{
    /// <param name="toolchain">The template toolchain that lays both versions out.</param>
    /// <param name="policyDirectory">The draft policy folder.</param>
    /// <param name="baselineSpec"><c>--baseline</c> (a folder or git revision); null for policy.yml's <c>baseline</c>.</param>
    /// <returns>Null when neither names a baseline.</returns>
    /// <exception cref="PolicyBuildException">The draft or the baseline has errors, or the baseline is not found.</exception>
    public static PolicyComparison? Compare(Toolchain toolchain, string policyDirectory, string? baselineSpec)
    {
        var draft = new PolicyPackBuilder(toolchain).Load(policyDirectory);
        var reference = baselineSpec is not null
            ? new BaselineReference(baselineSpec, new SourceLocation("--baseline"))
            : draft.Metadata.Baseline;
        if (reference is null)
        {
            return null;
        }

        var baseline = toolchain.Loader.Load(BaselineResolver.Resolve(reference, policyDirectory, baselineSpec is not null));
        var redline = new LayoutDiffer().Compare(toolchain.Layout.Render(baseline), toolchain.Layout.Render(draft));
        return new PolicyComparison(baseline, draft, ChangeSetBuilder.Build(baseline, draft, redline));
    }
}
