using PolicyBuild.Diagnostics;
using PolicyBuild.Model;

namespace PolicyBuild.Authoring;

/// <summary>
/// Checks the Markdown texts of a policy as loaded (section intros, clause bodies). Reading Markdown
/// is a later stage than authoring, so the loader is handed this step rather than parsing itself.
/// </summary>
public interface IPolicyTextValidator
{
    /// <param name="policy">The policy, with every section and clause (and so every id) in place.</param>
    /// <param name="texts">Each text with where its trimmed text starts in its file.</param>
    /// <param name="diagnostics">Receives the errors.</param>
    void Validate(Policy policy, IEnumerable<(string Markdown, SourceLocation Start)> texts, DiagnosticBag diagnostics);
}
