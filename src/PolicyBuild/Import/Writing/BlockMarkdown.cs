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
                    parts.Add(TableMarkdown.Write(table, Inline, notes, file));
                    break;
            }
        }

        return string.Join("\n\n", parts.Where(p => p.Trim().Length > 0));
    }

    /// <summary>Each line made safe at its start; lines after the first indented (to stay inside a list item or note).</summary>
    public static string Lines(string markdown, string continuationIndent) =>
        string.Join("\n", markdown.Split('\n').Select((line, i) => (i == 0 ? string.Empty : continuationIndent) + MarkdownEscaper.LineStart(line.TrimStart())));

    private string Inline(ImmutableArray<WordRun> runs) => inline.Write(RunText.Trim(runs));
}
