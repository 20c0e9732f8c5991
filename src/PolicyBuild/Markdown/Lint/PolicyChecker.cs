using System.Diagnostics;
using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Markdown.CrossReferences;

namespace PolicyBuild.Markdown.Lint;

/// <summary>
/// One policy through <c>check</c>: the loader's validation, then the reviewer's checks once it
/// loads. Needs no templates, reference document or Word library, so <c>check</c> starts fast.
/// </summary>
public sealed class PolicyChecker(LintOptions lint, bool strict)
{
    private readonly Markdig.MarkdownPipeline _pipeline = PolicyMarkdown.CreatePipeline();

    public PolicyCheckResult Check(string directory)
    {
        var started = Stopwatch.GetTimestamp();
        var display = DisplayPath.Of(directory);
        if (!Directory.Exists(directory))
        {
            return new PolicyCheckResult(null, [Diagnostic.Error(new SourceLocation(display), "policy folder not found")], TimeSpan.Zero, TimeSpan.Zero);
        }

        var folder = new DirectoryPolicyTree(directory, display);
        var tree = new RememberingPolicyTree(folder);
        Model.Policy policy;
        try
        {
            policy = new PolicyLoader(new PolicyTextChecks(_pipeline)).Load(tree);
        }
        catch (PolicyBuildException ex)
        {
            return new PolicyCheckResult(null, ex.Diagnostics, Stopwatch.GetElapsedTime(started), TimeSpan.Zero);
        }

        var loaded = Stopwatch.GetTimestamp();
        var warnings = new PolicyLinter(_pipeline).Lint(policy, tree, folder, lint);

        // --strict: a reviewer's warning fails the check like any error.
        var diagnostics = strict ? warnings.Select(w => w with { Severity = Severity.Error }).ToList() : warnings;
        return new PolicyCheckResult(policy, diagnostics, Stopwatch.GetElapsedTime(started, loaded), Stopwatch.GetElapsedTime(loaded));
    }
}
