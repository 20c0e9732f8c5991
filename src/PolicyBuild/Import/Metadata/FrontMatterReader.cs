using System.Collections.Immutable;
using PolicyBuild.Import.Notes;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Import.Metadata;

/// <summary>
/// Reads the title block, document information table, header and footer into
/// <see cref="LabelledValues"/>, and notes what before the first section was neither
/// (an unrecognised paragraph or table is reported, not silently dropped).
/// </summary>
internal static class FrontMatterReader
{
    public static LabelledValues Read(ImmutableArray<WordBlock> frontMatter, ImmutableArray<WordParagraph> furniture, ImportNotes notes)
    {
        var values = new LabelledValues();
        var titleSeen = false;
        foreach (var block in frontMatter)
        {
            if (block is WordTable table)
            {
                var rows = table.Rows.Where(r => r.Cells.Length >= 2).Count(r => values.Add(Text(r.Cells[0]), Text(r.Cells[1])));
                if (rows == 0)
                {
                    notes.Add(null, "before the first section: a table that is not a document information table was not imported");
                }

                continue;
            }

            var paragraph = (WordParagraph)block;
            var text = paragraph.Text.Trim();
            var isTitle = !titleSeen && paragraph.Role is ParagraphRole.Title or ParagraphRole.Heading1;
            titleSeen |= isTitle;
            if (text.Length > 0 && !isTitle && !values.AddLine(text) && paragraph.Role != ParagraphRole.TitleBlock && !IsCaption(text))
            {
                notes.Add(null, $"before the first section: '{Excerpt(text)}' was not imported");
            }
        }

        foreach (var paragraph in furniture)
        {
            values.AddLine(paragraph.Text.Trim());
        }

        return values;
    }

    /// <summary>The title: a Title-styled line, else the core property, else the first line (a guess).</summary>
    public static MetadataValue<string> Title(ImmutableArray<WordBlock> frontMatter, CoreProperties core, string document)
    {
        var paragraphs = frontMatter.OfType<WordParagraph>().Where(p => !p.IsEmpty).ToList();
        if (paragraphs.FirstOrDefault(p => p.Role is ParagraphRole.Title or ParagraphRole.Heading1) is { } styled)
        {
            return MetadataValue<string>.Found(styled.Text.Trim());
        }

        if (core.Title?.Trim() is { Length: > 0 } title)
        {
            return MetadataValue<string>.Found(title);
        }

        return paragraphs.FirstOrDefault() is { } first
            ? new MetadataValue<string>(first.Text.Trim(), "taken from the first line of the document")
            : new MetadataValue<string>(Path.GetFileNameWithoutExtension(document), "taken from the file name");
    }

    private static bool IsCaption(string text) =>
        text.ToLowerInvariant() is "document information" or "document control" or "version control" or "contents";

    private static string Text(WordCell cell) => string.Join(" ", cell.Paragraphs.Select(p => p.Text.Trim()));

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
