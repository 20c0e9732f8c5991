using System.Text.RegularExpressions;
using Markdig.Syntax;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Markdown.Structure;

/// <summary>
/// A heading inside a clause (<c>## …</c>) would be laid out as a document heading in the middle of a
/// numbered clause, outside the section and clause structure the redline and contents rely on.
/// </summary>
internal static partial class HeadingsInText
{
    public const string Advice =
        "headings are not allowed inside a clause or a section's intro: for a new part of the policy make a section " +
        "(a folder NN-slug/ with _section.md starting '# Title'); for a heading over this clause write 'title: …' in its " +
        "front matter; for a lead-in inside the text use bold (**…**)";

    public static bool MayHaveSetextHeading(string markdown) => SetextUnderline().IsMatch(markdown);

    public static void Report(string markdown, MarkdownDocument document, SourceLocation start, DiagnosticBag diagnostics)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            // From where the heading's text starts (a setext heading's Line is its underline's).
            var offset = Math.Clamp(heading.Span.Start, 0, markdown.Length);
            var line = markdown.AsSpan(0, offset).Count('\n');
            var lineStart = offset == 0 ? 0 : markdown.LastIndexOf('\n', offset - 1) + 1;
            var column = offset - lineStart;

            diagnostics.Error(start.Offset(line, line == 0 ? start.Column + column : column + 1), Advice);
        }
    }

    [GeneratedRegex(@"\n {0,3}(=+|-+)[ \t]*(\n|$)")]
    private static partial Regex SetextUnderline();
}
