using System.Collections.Immutable;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Import.Structure;

/// <summary>
/// Which heading level carries the sections. Often it is Heading 1, but a common shape has the
/// policy's title as the one Heading 1 and its numbered sections as Heading 2 ("# Policy",
/// "## 1. Purpose"): then the sections are Heading 2, the Heading 1 above them is the title, and
/// clauses of one section are never glued into the last clause of another. The level is the
/// shallowest whose headings are numbered, else the shallowest with more than one heading.
/// </summary>
internal static class SectionLevel
{
    public static int Of(ImmutableArray<WordBlock> blocks)
    {
        var headings = blocks.OfType<WordParagraph>()
            .Where(p => p.HeadingLevel is not null && !p.IsEmpty && !SectionHeadings.IsContentsTitle(p) && p.Role != ParagraphRole.Contents)
            .ToList();
        var levels = headings.Select(h => h.HeadingLevel!.Value).Distinct().Order().ToList();
        if (levels.FirstOrDefault(l => headings.Any(h => h.HeadingLevel == l && IsNumbered(h))) is > 0 and var numbered)
        {
            return numbered;
        }

        return levels.FirstOrDefault(l => headings.Count(h => h.HeadingLevel == l) > 1) is > 0 and var repeated ? repeated : 1;
    }

    /// <summary>Headings at the section level become Heading 1; shallower ones before the first section are the title, later ones and deeper ones sub-headings.</summary>
    public static ImmutableArray<WordBlock> Normalise(ImmutableArray<WordBlock> blocks)
    {
        var level = Of(blocks);
        if (level == 1)
        {
            return blocks;
        }

        var result = ImmutableArray.CreateBuilder<WordBlock>(blocks.Length);
        var sectionSeen = false;
        foreach (var block in blocks)
        {
            if (block is not WordParagraph { HeadingLevel: { } at } paragraph || paragraph.Role == ParagraphRole.Contents)
            {
                result.Add(block);
                continue;
            }

            var role = at == level ? ParagraphRole.Heading1 : at < level && !sectionSeen ? ParagraphRole.Title : ParagraphRole.SubHeading;
            sectionSeen |= role == ParagraphRole.Heading1;
            result.Add(paragraph with { Role = role });
        }

        return result.MoveToImmutable();
    }

    private static bool IsNumbered(WordParagraph heading) =>
        NumberPrefix.Section(heading.Text) is not null || heading.Numbering is { Style: not null, Placeholders: 1 };
}
