using System.Collections.Immutable;
using PolicyBuild.Import.Word;
using PolicyBuild.Layout;

namespace PolicyBuild.Import.Structure;

/// <summary>
/// Which paragraphs start sections: Heading 1 (by style or outline level 0), or, in a document
/// with no Heading 1 at all, bold paragraphs such as "5 Personal use" or "5. Personal use" — or
/// bold paragraphs at level 0 of a Word list whose level 1 numbers the clauses ("%1.%2").
/// The leading number is taken off the title.
/// </summary>
internal sealed class SectionHeadings(bool useHeadingStyles, bool anyNumbered, bool numberedClauses)
{
    public static SectionHeadings For(ImmutableArray<WordBlock> blocks)
    {
        var paragraphs = blocks.OfType<WordParagraph>().ToList();
        var headings = paragraphs.Where(p => p.Role == ParagraphRole.Heading1 && !p.IsEmpty && !IsContentsTitle(p)).ToList();
        return new SectionHeadings(headings.Count > 0, headings.Any(h => NumberOf(h) is not null),
            paragraphs.Any(p => p.Numbering is { Style: ListStyle.Decimal, Placeholders: 2 }));
    }

    /// <summary>A heading that only says "Contents" heads the contents, not a section.</summary>
    public static bool IsContentsTitle(WordParagraph paragraph) =>
        paragraph.Text.Trim().ToLowerInvariant() is "contents" or "table of contents" or "content";

    /// <returns>The section's number (null when it has none) and title; null when the paragraph is not a section heading.</returns>
    public (string? Number, string Title)? Match(WordParagraph paragraph, int sectionsSoFar)
    {
        if (paragraph.IsEmpty || IsContentsTitle(paragraph))
        {
            return null;
        }

        if (useHeadingStyles)
        {
            var number = NumberOf(paragraph);
            // With numbered headings, an unnumbered Heading 1 before the first one is the document's title.
            return paragraph.Role != ParagraphRole.Heading1 || (number is null && anyNumbered && sectionsSoFar == 0) ? null : Split(paragraph, number);
        }

        if (paragraph.Role is not (ParagraphRole.Body or ParagraphRole.Title) || !paragraph.IsBold)
        {
            return null;
        }

        if (paragraph.Numbering is null && NumberPrefix.Section(paragraph.Text) is { } typed && NumberPrefix.Clause(paragraph.Text) is null)
        {
            return Split(paragraph, typed.Number);
        }

        return numberedClauses && paragraph.Numbering is { Style: ListStyle.Decimal, Placeholders: 1, Level: 0 } list
            ? Split(paragraph, NumberPrefix.FirstNumber(list.Label))
            : null;
    }

    private static string? NumberOf(WordParagraph heading) =>
        NumberPrefix.Section(heading.Text)?.Number
        ?? (heading.Numbering is { Style: not null } numbering ? NumberPrefix.FirstNumber(numbering.Label) : null);

    private static (string? Number, string Title) Split(WordParagraph paragraph, string? number)
    {
        var runs = NumberPrefix.Section(paragraph.Text) is { } typed ? RunText.DropPrefix(paragraph.Runs, typed.Length) : RunText.Trim(paragraph.Runs);
        return (number, RunText.Plain(runs).Trim());
    }
}
