using Markdig;
using Markdig.Syntax;
using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Model;

namespace PolicyBuild.Markdown.CrossReferences;

/// <summary>Reports every <c>[](#id)</c> whose target is not a section or clause of the policy.</summary>
public sealed class CrossReferenceValidator(MarkdownPipeline pipeline) : IPolicyTextValidator
{
    /// <summary>Checks the clause bodies of <paramref name="policy"/>.</summary>
    public void Validate(Policy policy, DiagnosticBag diagnostics) =>
        Validate(policy, policy.Clauses.Select(c => (c.Body, c.BodyLocation)), diagnostics);

    /// <summary>Checks Markdown texts of <paramref name="policy"/> (clause bodies, section intros), each with where its trimmed text starts.</summary>
    public void Validate(Policy policy, IEnumerable<(string Markdown, SourceLocation Start)> texts, DiagnosticBag diagnostics)
    {
        foreach (var (markdown, start) in texts)
        {
            // Every cross-reference has a '#': most clauses have none, and need no parse (check's start-up budget).
            if (!markdown.Contains('#', StringComparison.Ordinal))
            {
                continue;
            }

            var document = Markdig.Markdown.Parse(markdown, pipeline);
            foreach (var reference in document.Descendants<CrossReferenceInline>())
            {
                if (!policy.References.TryResolve(reference.TargetId, out _))
                {
                    // Columns of the text's first line start where the trimmed text starts.
                    var at = start.Offset(reference.Line, reference.Line == 0 ? start.Column + reference.Column : reference.Column + 1);
                    diagnostics.Error(at, $"unknown cross-reference '#{reference.TargetId}': no section or clause has that id{Suggest(policy, reference.TargetId)}");
                }
            }
        }
    }

    private static string Suggest(Policy policy, string id)
    {
        var ids = policy.Sections.Select(s => s.Id).Concat(policy.Clauses.Select(c => c.Id));
        var close = ids.FirstOrDefault(candidate => candidate.Contains(id, StringComparison.Ordinal) || id.Contains(candidate, StringComparison.Ordinal));
        return close is null ? string.Empty : $" (did you mean '#{close}'?)";
    }
}
