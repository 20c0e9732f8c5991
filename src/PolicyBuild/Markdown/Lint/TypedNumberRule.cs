using System.Text.RegularExpressions;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Markdown.Lint;

/// <summary>
/// A clause referred to by a typed number ("see 5.12", "clause 4.7", "paragraph 3.2"): it goes stale
/// when clauses are renumbered, where <c>[](#id)</c> follows its target.
/// </summary>
public sealed partial class TypedNumberRule : ILintRule
{
    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var byNumber = context.Policy.Clauses.ToDictionary(c => c.Number, c => c.Id, StringComparer.Ordinal);
        foreach (var source in context.Sources)
        {
            var lines = source.BodyLines;
            var inFence = false;
            for (var i = 0; i < lines.Length; i++)
            {
                if (Fence().IsMatch(lines[i]))
                {
                    inFence = !inFence;
                    continue;
                }

                // Code is quoted text, not a reference: blank it out, keeping columns.
                var text = inFence ? string.Empty : CodeSpan().Replace(lines[i], m => new string(' ', m.Length));
                foreach (Match match in Reference().Matches(text))
                {
                    var number = match.Groups["number"].Value;
                    var fix = byNumber.TryGetValue(number, out var id) ? $"[](#{id})" : "[](#id)";
                    var at = new SourceLocation(context.DisplayPath(source.Path), source.Fragment.BodyLine + i, match.Index + 1);
                    yield return Diagnostic.Warning(at,
                        $"'{match.Value}' types a clause number: write a cross-reference such as {fix}, which follows renumbering");
                }
            }
        }
    }

    [GeneratedRegex(@"(?i)\b(?:see(?:\s+also)?\s+(?:(?:clause|paragraph|section|para)\s+)?|(?:clauses?|paragraphs?|paras?)\s+)(?<number>\d+\.\d+(?:\.\d+)*)(?![\d.]*\d)")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\s*(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex CodeSpan();
}
