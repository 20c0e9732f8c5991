using System.Text.RegularExpressions;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Markdown.Lint;

/// <summary>
/// A clause referred to by a typed number ("see 5.12", "clause 4.7", "paragraph 3.2"): it goes stale
/// when clauses are renumbered, where <c>[](#id)</c> follows its target. Read from Markdig's tree, so
/// a number quoted as code (a span, an indented or fenced block) is not a reference.
/// </summary>
public sealed partial class TypedNumberRule(Markdig.MarkdownPipeline pipeline) : ILintRule
{
    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var byNumber = context.Policy.Clauses.ToDictionary(c => c.Number, c => c.Id, StringComparer.Ordinal);
        // Only a body with a dotted number can hold one: the others need no parse.
        foreach (var source in context.Sources.Where(s => DottedNumber().IsMatch(s.Fragment.Body)))
        {
            var body = source.Fragment.Body;
            foreach (var prose in Prose.Of(body, Markdig.Markdown.Parse(body, pipeline)))
            {
                foreach (Match match in Reference().Matches(prose.Text))
                {
                    var number = match.Groups["number"].Value;
                    var fix = byNumber.TryGetValue(number, out var id) ? $"[](#{id})" : "[](#id)";
                    var (line, column) = prose.Locate(match.Index);
                    var at = new SourceLocation(context.DisplayPath(source.Path), source.Fragment.BodyLine + line, column + 1);
                    yield return Diagnostic.Warning(at,
                        $"'{match.Value}' types a clause number: write a cross-reference such as {fix}, which follows renumbering");
                }
            }
        }
    }

    [GeneratedRegex(@"(?i)\b(?:see(?:\s+also)?\s+(?:(?:clause|paragraph|section|para)\s+)?|(?:clauses?|paragraphs?|paras?)\s+)(?<number>\d+\.\d+(?:\.\d+)*)(?![\d.]*\d)")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\d\.\d")]
    private static partial Regex DottedNumber();
}
