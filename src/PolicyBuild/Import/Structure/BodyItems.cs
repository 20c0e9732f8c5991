using PolicyBuild.Import.Notes;
using PolicyBuild.Import.Word;
using PolicyBuild.Layout;

namespace PolicyBuild.Import.Structure;

/// <summary>
/// What a paragraph inside a clause or intro is: a list item (Word bullets and numbering, or a
/// typed marker such as "(a)"), a sub-clause "5.1.1" (kept as a numbered item), a sub-heading
/// (kept as a bold paragraph), or plain text.
/// </summary>
internal static class BodyItems
{
    public static WordParagraph Classify(WordParagraph paragraph, SectionDraft section, ImportNotes notes)
    {
        var previous = section.LastItem;
        if (paragraph.Numbering is { Style: ListStyle.Decimal, Placeholders: >= 3 } || IsTypedSubClause(paragraph, section))
        {
            var ordinal = previous is { Style: ListStyle.Decimal } ? previous.Ordinal + 1 : 1;
            var typed = NumberPrefix.SubClause(paragraph.Text);
            notes.Add(null, $"{Where(section)}: sub-clause {typed?.Number ?? paragraph.Numbering!.Label} became a numbered list item (our format has no sub-clauses)");
            var runs = typed is { } t ? RunText.DropPrefix(paragraph.Runs, t.Length) : RunText.Trim(paragraph.Runs);
            return paragraph with { Runs = runs, Item = new ListItem(ListStyle.Decimal, 0, ordinal) };
        }

        if (paragraph.Numbering is { Style: { } style } numbering)
        {
            var ordinal = previous is not null && previous.Style == style && previous.Level == numbering.Level ? previous.Ordinal + 1 : 1;
            return paragraph with { Runs = RunText.Trim(paragraph.Runs), Item = new ListItem(style, numbering.Level, ordinal) };
        }

        if (paragraph.Role == ParagraphRole.SubHeading)
        {
            notes.Add(null, $"{Where(section)}: sub-heading '{paragraph.Text.Trim()}' became a bold paragraph (our format has no sub-sections)");
            return paragraph with { Runs = [.. RunText.Trim(paragraph.Runs).Select(r => r with { Format = r.Format | RunFormat.Bold })] };
        }

        if (ListMarkers.Match(paragraph.Text, previous) is var (item, length))
        {
            return paragraph with { Runs = RunText.DropPrefix(paragraph.Runs, length), Item = item };
        }

        return paragraph with { Runs = RunText.Trim(paragraph.Runs) };
    }

    private static bool IsTypedSubClause(WordParagraph paragraph, SectionDraft section) =>
        paragraph.Numbering is null && NumberPrefix.SubClause(paragraph.Text) is { } typed
        && typed.Number.StartsWith(section.Number + ".", StringComparison.Ordinal);

    private static string Where(SectionDraft section) =>
        section.Clauses.Count > 0 ? $"clause {section.Clauses[^1].Number}" : $"section {section.Number}";
}
