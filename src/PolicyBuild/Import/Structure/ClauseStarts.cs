using System.Collections.Immutable;
using PolicyBuild.Import.Word;
using PolicyBuild.Layout;

namespace PolicyBuild.Import.Structure;

/// <summary>
/// Which paragraphs start clauses: a typed number of two parts ("5.12 Staff…", "5.12\tStaff…")
/// whose first part is the section's, or Word numbering whose level is decimal with two
/// placeholders ("%1.%2"). A clause whose first line is bold, short and followed by body text
/// (or PolicyBuild's own Clause Title style) has that line as its title.
/// </summary>
internal static class ClauseStarts
{
    private const int MaxTitleLength = 120;

    /// <returns>The clause's number and its content without the number; null when the paragraph does not start a clause.</returns>
    public static (string Number, ImmutableArray<WordRun> Runs)? Match(WordParagraph paragraph, SectionDraft section)
    {
        if (paragraph.Role is not (ParagraphRole.Body or ParagraphRole.ClauseTitle or ParagraphRole.SubHeading))
        {
            return null;
        }

        if (paragraph.Numbering is { Style: ListStyle.Decimal, Placeholders: 2 } numbering && NumberPrefix.ClauseOf(numbering.Label) is { } label)
        {
            // Word shows 0.1 when the headings are not in the clause list: the section gives the first part.
            var number = label.StartsWith(section.Number + ".", StringComparison.Ordinal) ? label : $"{section.Number}.{label[(label.IndexOf('.') + 1)..]}";
            return (number, RunText.Trim(paragraph.Runs));
        }

        if (paragraph.Numbering is null && NumberPrefix.Clause(paragraph.Text) is { } typed && section.Accepts(typed.Number))
        {
            return (typed.Number, RunText.DropPrefix(paragraph.Runs, typed.Length));
        }

        return null;
    }

    /// <summary>True when the clause's first line is its title rather than its text.</summary>
    public static bool IsTitle(WordParagraph paragraph, ImmutableArray<WordRun> runs, WordBlock? next)
    {
        var text = RunText.Plain(runs).Trim();
        if (text.Length == 0 || text.Length > MaxTitleLength)
        {
            return false;
        }

        var followedByBody = next is WordTable || next is WordParagraph { Role: ParagraphRole.Body or ParagraphRole.SubHeading } following
            && following.Numbering is not { Style: ListStyle.Decimal, Placeholders: >= 2 } && NumberPrefix.Clause(following.Text) is null;
        if (paragraph.Role is ParagraphRole.ClauseTitle or ParagraphRole.SubHeading)
        {
            return followedByBody;
        }

        var bold = runs.Any(r => r.IsVisibleText) && runs.Where(r => r.IsVisibleText).All(r => r.Format.HasFlag(RunFormat.Bold));
        return bold && followedByBody && !".;:,".Contains(text[^1]);
    }
}
