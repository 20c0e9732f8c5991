using Markdig.Syntax;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Markdown.Lint;

/// <summary>A clause of more words than <see cref="LintOptions.MaxClauseWords"/>: hard to read and to amend.</summary>
public sealed class LongClauseRule(Markdig.MarkdownPipeline pipeline) : ILintRule
{
    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var clause in context.Sources.Select(s => s.Clause).OfType<Model.Clause>())
        {
            // Markup only ever removes words, so a body whose raw tokens are few enough needs no parse.
            if (Tokens(clause.Body) <= context.Options.MaxClauseWords)
            {
                continue;
            }

            var words = CountWords(clause.Body, pipeline);
            if (words > context.Options.MaxClauseWords)
            {
                yield return Diagnostic.Warning(clause.BodyLocation,
                    $"clause {clause.Number} is {words} words long (more than {context.Options.MaxClauseWords}): consider splitting it");
            }
        }
    }

    /// <summary>Words as a reader counts them, from Markdig's tree: link targets and markup are not words; quoted code is.</summary>
    public static int CountWords(string markdown, Markdig.MarkdownPipeline pipeline)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        return Prose.Of(markdown, document).Sum(prose => Tokens(prose.Text))
            + document.Descendants<Markdig.Syntax.Inlines.CodeInline>().Sum(code => Tokens(code.Content));
    }

    private static int Tokens(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit));
}
