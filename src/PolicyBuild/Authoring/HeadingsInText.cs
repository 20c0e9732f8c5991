using System.Text.RegularExpressions;
using Markdig.Syntax;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Authoring;

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

    public static void Report(MarkdownDocument document, SourceLocation start, DiagnosticBag diagnostics)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var at = start.Offset(heading.Line, heading.Line == 0 ? start.Column + heading.Column : heading.Column + 1);
            diagnostics.Error(at, Advice);
        }
    }

    [GeneratedRegex(@"\n {0,3}(=+|-+)[ \t]*(\n|$)")]
    private static partial Regex SetextUnderline();
}
