using System.Collections.Immutable;
using PolicyBuild.Import.Notes;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Import.Writing;

/// <summary>Writes a clause body or section intro: paragraphs, lists and tables, separated by blank lines.</summary>
internal sealed class BlockMarkdown(InlineMarkdown inline, ImportNotes notes, string file)
{
    public string Write(IReadOnlyList<WordBlock> blocks)
    {
        var parts = new List<string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case WordParagraph { Item: not null }:
                    var items = blocks.Skip(i).TakeWhile(b => b is WordParagraph { Item: not null }).Cast<WordParagraph>().ToList();
                    parts.Add(ListMarkdown.Write(items, Inline));
                    i += items.Count - 1;
                    break;
                case WordParagraph paragraph:
                    parts.Add(Lines(Inline(paragraph.Runs), string.Empty));
                    break;
                case WordTable table:
                    Caption(table, i > 0 ? blocks[i - 1] as WordParagraph : null, parts);
                    parts.Add(TableMarkdown.Write(table, Inline, notes, file));
                    break;
            }
        }

        return string.Join("\n\n", parts.Where(p => p.Trim().Length > 0));
    }

    /// <summary>
    /// A table's caption: the paragraph before it when that is its caption (Table Caption style, or the
    /// alt text's words, as pandoc writes both), else the alt text, which has no place in a pipe table.
    /// </summary>
    private void Caption(WordTable table, WordParagraph? before, List<string> parts)
    {
        var description = table.Description?.Trim();
        var isCaption = before is not null && parts.Count > 0
            && (before.Role == ParagraphRole.TitleBlock || (description is not null && before.Text.Trim() == description));
        if (isCaption)
        {
            parts[^1] += " {.table-caption}";
        }
        else if (description is { Length: > 0 })
        {
            notes.Add(file, $"the table's alt text '{description}' became its caption (a paragraph with {{.table-caption}})");
            parts.Add(MarkdownEscaper.LineStart(MarkdownEscaper.Text(description)) + " {.table-caption}");
        }
    }

    /// <summary>Each line made safe at its start; lines after the first indented (to stay inside a list item or note).</summary>
    public static string Lines(string markdown, string continuationIndent) =>
        string.Join("\n", markdown.Split('\n').Select((line, i) => (i == 0 ? string.Empty : continuationIndent) + MarkdownEscaper.LineStart(line.TrimStart())));

    private string Inline(ImmutableArray<WordRun> runs) => inline.Write(RunText.Trim(runs));
}
