using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Markdown;

/// <summary>
/// Checks what a clause body or section intro may hold before it reaches a template, so an error
/// names the author's file, not the template's output: no raw HTML, headings or <c>:::</c> blocks
/// (they belong to the template), no images, no links that run code, nothing nested past Markdig's limit.
/// </summary>
public sealed partial class ClauseContentValidator(MarkdownPipeline pipeline)
{
    public void Validate(IEnumerable<(string Markdown, SourceLocation Start)> texts, DiagnosticBag diagnostics)
    {
        foreach (var (markdown, start) in texts)
        {
            if (!MayHoldRefusedMarkdown(markdown))
            {
                continue;
            }

            MarkdownDocument document;
            try
            {
                document = Markdig.Markdown.Parse(markdown, pipeline);
            }
            catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.Ordinal))
            {
                diagnostics.Error(start, "the text is nested too deeply (quotes, lists or emphasis inside one another): flatten it");
                continue;
            }

            foreach (var block in document.Descendants<Block>())
            {
                if (Refusal(block) is { } message)
                {
                    diagnostics.Error(At(start, block.Line, block.Column), message);
                }
            }

            foreach (var inline in document.Descendants<Inline>())
            {
                if (Refusal(inline) is { } message)
                {
                    diagnostics.Error(At(start, inline.Line, inline.Column), message);
                }
            }
        }
    }

    /// <summary>
    /// Most clauses are plain prose and need no parse (check's start-up budget): only text with a
    /// character that starts HTML, a heading, a block, an image or a link, or text long enough to
    /// nest past Markdig's limit (over a thousand levels), can hold what is refused.
    /// </summary>
    private static bool MayHoldRefusedMarkdown(string markdown) =>
        markdown.Length >= 1000
        || markdown.AsSpan().IndexOfAny('<', '#') >= 0
        || markdown.Contains(":::", StringComparison.Ordinal)
        || markdown.Contains("![", StringComparison.Ordinal)
        || markdown.Contains("](", StringComparison.Ordinal)
        || markdown.Contains("]:", StringComparison.Ordinal)
        || SetextUnderline().IsMatch(markdown);

    [System.Text.RegularExpressions.GeneratedRegex(@"^ {0,3}(=+|-+)[ \t]*$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex SetextUnderline();

    private static string? Refusal(Block block) => block switch
    {
        HtmlBlock => "raw HTML cannot go into a Word document: write the text as Markdown",
        HeadingBlock => "a heading inside a clause would break the document's outline: give the clause a 'title:' in its front matter, or start a new section",
        CustomContainer => "':::' lines belong to the template (they open and close sections and clauses): remove them from the text",
        _ => null,
    };

    private static string? Refusal(Inline inline) => inline switch
    {
        LinkInline { IsImage: true } => "images are not supported in policy text yet; describe the content in words or use a table",
        LinkInline link when !LinkTargets.IsSafe(link.Url) => $"link target '{link.Url}' is refused: {LinkTargets.Rule}",
        AutolinkInline { IsEmail: false } autolink when !LinkTargets.IsSafe(autolink.Url) => $"link target '{autolink.Url}' is refused: {LinkTargets.Rule}",
        _ => null,
    };

    // Markdig counts from 0; on the text's first line columns start where the trimmed text starts.
    private static SourceLocation At(SourceLocation start, int line, int column) =>
        start.Offset(line, line == 0 ? start.Column + column : column + 1);
}
