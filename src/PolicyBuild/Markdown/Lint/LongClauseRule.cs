using System.Text.RegularExpressions;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Markdown.Lint;

/// <summary>A clause of more words than <see cref="LintOptions.MaxClauseWords"/>: hard to read and to amend.</summary>
public sealed partial class LongClauseRule : ILintRule
{
    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var clause in context.Sources.Select(s => s.Clause).OfType<Model.Clause>())
        {
            var words = CountWords(clause.Body);
            if (words > context.Options.MaxClauseWords)
            {
                yield return Diagnostic.Warning(clause.BodyLocation,
                    $"clause {clause.Number} is {words} words long (more than {context.Options.MaxClauseWords}): consider splitting it");
            }
        }
    }

    /// <summary>Words as a reader counts them: link targets and Markdown punctuation are not words.</summary>
    public static int CountWords(string markdown) =>
        LinkTarget().Replace(markdown, "]").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Count(token => token.Any(char.IsLetterOrDigit));

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();
}
