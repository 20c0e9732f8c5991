using PolicyBuild.Authoring;
using PolicyBuild.Diff;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Rendering.Docx;
using PolicyBuild.Templates;

namespace PolicyBuild.Publishing;

/// <summary>
/// One policy built again and again (watch) with what did not change kept: the toolchain (parsed
/// templates, reference document, warmed code) until a file under <c>templates/</c> changes, and the
/// baseline's model and layout until a file of the baseline changes, and the draft's parsed fragment
/// files until each changes (numbers, ids and cross-references are worked out again from them on every
/// build), and each unit's diff while both its versions stay the same. Each build's outputs are byte for byte those of a fresh <c>build</c>.
/// </summary>
public sealed class IncrementalPolicyBuild(string policyDirectory, TemplateSet templates, BuildOptions options)
{
    private readonly string _templatesRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(templates.Root));
    private Toolchain _toolchain = new(templates);
    private BaselineCache _baselines = new();

    /// <summary>The draft's fragments kept between builds (templates do not shape them, so a template change keeps them).</summary>
    public FragmentCache Fragments { get; } = new();

    /// <summary>
    /// Each unit's diff against the baseline, taken again only when both versions of the unit are equal by value
    /// to those it was worked out from (so neither a template nor a baseline change needs to forget it).
    /// </summary>
    public UnitDiffCache Diffs { get; } = new();

    /// <summary>Each document's paragraphs' XML, written again where a paragraph and what writing it depends on match.</summary>
    public DocumentXmlCaches KeptXml { get; } = new();

    /// <summary>Builds the policy, first forgetting what <paramref name="changedPaths"/> make stale.</summary>
    /// <exception cref="Diagnostics.PolicyBuildException">The policy has errors.</exception>
    public PolicyBuildResult Build(IReadOnlyCollection<string> changedPaths)
    {
        if (changedPaths.Any(TouchesTemplates))
        {
            _toolchain = new Toolchain(templates);
            _baselines = new BaselineCache();
        }

        _baselines.Forget(changedPaths);
        Fragments.Forget(changedPaths);
        var result = new PolicyPackBuilder(_toolchain, _baselines, Fragments, Diffs, KeptXml).Build(policyDirectory, options);
        KeptXml.ForgetUnused(); // after a build that failed, all is kept for the next
        return result;
    }

    /// <summary>A path inside templates/, or a folder holding it (a lost event names the watched folder).</summary>
    private bool TouchesTemplates(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return full == _templatesRoot
            || full.StartsWith(_templatesRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || _templatesRoot.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
