using System.Text.RegularExpressions;
using PolicyBuild.Model;
using Scriban.Runtime;

namespace PolicyBuild.Templates;

/// <summary>
/// What a template sees of a policy, as <c>policy.*</c>. Names are snake_case, Scriban's convention;
/// a name that is not here is an error in strict mode.
/// </summary>
public static partial class PolicyTemplateModel
{
    public static ScriptObject Create(Policy policy)
    {
        var root = new ScriptObject { ["policy"] = Describe(policy) };
        return root;
    }

    public static ScriptObject Describe(Policy policy)
    {
        var m = policy.Metadata;
        return new ScriptObject
        {
            ["title"] = m.Title,
            ["short_name"] = m.ShortName,
            ["owner"] = new ScriptObject { ["service"] = m.Owner.Service, ["role"] = m.Owner.Role },
            ["version"] = m.Version,
            ["status"] = m.Status == PolicyStatus.Draft ? "draft" : "adopted",
            ["status_label"] = m.Status == PolicyStatus.Draft ? "Draft" : "Adopted",
            ["is_draft"] = m.Status == PolicyStatus.Draft,
            ["adoption"] = new ScriptObject { ["committee"] = m.Adoption.Committee, ["date"] = DisplayDate.Of(m.Adoption.Date) },
            ["review"] = new ScriptObject { ["cycle"] = m.Review.Cycle, ["next"] = DisplayDate.Of(m.Review.Next) },
            ["language"] = m.Language,
            ["clause_count"] = policy.Clauses.Count(),
            ["sections"] = policy.Sections.Select(DescribeSection).ToList(),
        };
    }

    private static ScriptObject DescribeSection(Section section) => new()
    {
        ["id"] = section.Id,
        ["number"] = section.Number,
        ["title"] = section.Title,
        ["intro"] = section.Intro,
        ["clauses"] = section.Clauses.Select(DescribeClause).ToList(),
    };

    private static ScriptObject DescribeClause(Clause clause) => new()
    {
        ["id"] = clause.Id,
        ["number"] = clause.Number,
        ["title"] = clause.Title ?? string.Empty,
        ["body"] = ScopeFootnotes(clause.Body, clause.Id),
    };

    /// <summary>Footnote labels are per file; the document needs them unique, so prefix the clause id.</summary>
    private static string ScopeFootnotes(string body, string clauseId) =>
        FootnoteLabel().Replace(body, match => $"[^{clauseId}-{match.Groups[1].Value}]");

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex FootnoteLabel();
}
