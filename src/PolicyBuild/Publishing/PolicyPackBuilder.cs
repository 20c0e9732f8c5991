using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Diff;
using PolicyBuild.Model;
using PolicyBuild.Rendering.Layout;

namespace PolicyBuild.Publishing;

/// <summary>
/// Builds one policy's outputs in memory: the clean document and, when there is a baseline,
/// the marked-revisions appendix and changes.json. Nothing is written here.
/// </summary>
public sealed class PolicyPackBuilder(Toolchain toolchain)
{
    public Policy Load(string policyDirectory) => toolchain.Loader.Load(OpenTree(policyDirectory));

    public PolicyBuildResult Build(string policyDirectory, BuildOptions options)
    {
        var policy = Load(policyDirectory);
        var name = policy.Metadata.ShortName;
        var folder = Path.Combine(options.OutputRoot, name);
        var clean = toolchain.Layout.Render(policy);
        var outputs = new List<OutputFile> { new(Path.Combine(folder, $"{name}.docx"), "policy", toolchain.Writer.Write(clean)) };

        var baselineReference = options.Baseline is { } spec
            ? new BaselineReference(spec, new SourceLocation("--baseline"))
            : policy.Metadata.Baseline;
        ChangeSet? changes = null;
        if (baselineReference is not null)
        {
            var baselineTree = BaselineResolver.Resolve(baselineReference, policyDirectory, options.Baseline is not null);
            var baseline = toolchain.Loader.Load(baselineTree);
            var redline = new LayoutDiffer().Compare(toolchain.Layout.Render(baseline), clean);
            var marked = redline.Document with { Info = MarkedInfo(clean.Info, policy) };
            var revisions = RevisionAttribution.For(policy, policyDirectory, options);
            changes = ChangeSetBuilder.Build(baseline, policy, redline);
            outputs.Add(new OutputFile(Path.Combine(folder, $"{name}-marked-revisions.docx"), "marked-revisions", toolchain.Writer.Write(marked, revisions)));
            outputs.Add(new OutputFile(Path.Combine(folder, "changes.json"), "changes", ChangeSetJson.Serialize(changes)));
        }

        return new PolicyBuildResult(policy, outputs, changes);
    }

    /// <summary>The title a marked appendix carries, e.g. "Draft new Officers' Social Media Policy (Marked to show revisions)".</summary>
    public static string AppendixTitle(Policy policy) =>
        policy.Metadata.AppendixTitle ?? $"Draft new {policy.Metadata.Title} (Marked to show revisions)";

    private static DocumentInfo MarkedInfo(DocumentInfo clean, Policy policy) => clean with
    {
        Title = AppendixTitle(policy),
        HeaderText = AppendixTitle(policy),
    };

    private static DirectoryPolicyTree OpenTree(string policyDirectory)
    {
        var display = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(policyDirectory)).Replace('\\', '/');
        if (!Directory.Exists(policyDirectory))
        {
            throw new PolicyBuildException(new SourceLocation(display), "policy folder not found");
        }

        return new DirectoryPolicyTree(policyDirectory, display);
    }
}
