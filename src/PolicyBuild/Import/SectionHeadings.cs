using System.Collections.Immutable;

namespace PolicyBuild.Import;

/// <summary>
/// Which paragraphs start sections: Heading 1 (by style or outline level 0), or, in a document
/// with no Heading 1 at all, bold paragraphs such as "5 Personal use" or "5. Personal use".
/// The leading number is taken off the title.
/// </summary>
internal sealed class SectionHeadings(bool useHeadingStyles, bool anyNumbered)
{
    public static SectionHeadings For(ImmutableArray<WordBlock> blocks)
    {
        var headings = blocks.OfType<WordParagraph>().Where(p => p.Role == ParagraphRole.Heading1 && !p.IsEmpty && !IsContentsTitle(p)).ToList();
        return new SectionHeadings(headings.Count > 0, headings.Any(h => NumberOf(h) is not null));
    }

    /// <summary>A heading styled as Heading 1 that only says "Contents" heads the contents, not a section.</summary>
    public static bool IsContentsTitle(WordParagraph paragraph) =>
        paragraph.Text.Trim().ToLowerInvariant() is "contents" or "table of contents" or "content";

    /// <returns>The section's number (null when it has none) and title; null when the paragraph is not a section heading.</returns>
    public (string? Number, string Title, ImmutableArray<WordRun> TitleRuns)? Match(WordParagraph paragraph, int sectionsSoFar)
    {
        if (paragraph.IsEmpty || IsContentsTitle(paragraph))
        {
            return null;
        }

        if (useHeadingStyles)
        {
            if (paragraph.Role != ParagraphRole.Heading1)
            {
                return null;
            }

            var number = NumberOf(paragraph);
            // With numbered headings, an unnumbered Heading 1 before the first one is the document's title.
            if (number is null && anyNumbered && sectionsSoFar == 0)
            {
                return null;
            }

            return Split(paragraph, number);
        }

        var typed = NumberPrefix.Section(paragraph.Text);
        return paragraph.Role is ParagraphRole.Body or ParagraphRole.Title && paragraph.IsBold && typed is not null && NumberPrefix.Clause(paragraph.Text) is null
            ? Split(paragraph, typed.Value.Number)
            : null;
    }

    private static string? NumberOf(WordParagraph heading) =>
        NumberPrefix.Section(heading.Text)?.Number
        ?? (heading.Numbering is { Style: not null } numbering ? NumberPrefix.FirstNumber(numbering.Label) : null);

    private static (string? Number, string Title, ImmutableArray<WordRun> TitleRuns) Split(WordParagraph paragraph, string? number)
    {
        var runs = NumberPrefix.Section(paragraph.Text) is { } typed ? RunText.DropPrefix(paragraph.Runs, typed.Length) : RunText.Trim(paragraph.Runs);
        return (number, RunText.Plain(runs).Trim(), runs);
    }
}
