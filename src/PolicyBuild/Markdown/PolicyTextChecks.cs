using Markdig;
using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Markdown.CrossReferences;
using PolicyBuild.Model;

namespace PolicyBuild.Markdown;

/// <summary>
/// What the loader checks in a policy's Markdown: first what the text may hold
/// (<see cref="ClauseContentValidator"/>), then, when that is sound, its cross-references.
/// </summary>
public sealed class PolicyTextChecks(MarkdownPipeline pipeline) : IPolicyTextValidator
{
    private readonly ClauseContentValidator _content = new(pipeline);
    private readonly CrossReferenceValidator _references = new(pipeline);

    public void Validate(Policy policy, IEnumerable<(string Markdown, SourceLocation Start)> texts, DiagnosticBag diagnostics)
    {
        var list = texts.ToList();
        _content.Validate(list, diagnostics);
        if (!diagnostics.HasErrors)
        {
            _references.Validate(policy, list, diagnostics);
        }
    }
}
