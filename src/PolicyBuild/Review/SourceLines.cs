using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PolicyBuild.Import;

namespace PolicyBuild.Review;

/// <summary>
/// The line of a fragment file that a paragraph of the built document comes from: the clause's
/// first paragraph is its title line (or first block), then one paragraph per Markdown paragraph or
/// list item and one per table, as the layout builder makes them.
/// </summary>
internal sealed class SourceLines(PolicyFolder folder, MarkdownPipeline pipeline)
{
    /// <returns>The file relative to the policy folder and the line; null when the unit is not in the folder.</returns>
    public (string File, int Line)? Of(ReviewPlace place)
    {
        if (place.IsSection && folder.Sections.FirstOrDefault(s => s.Section.Id == place.UnitId) is { } section)
        {
            var text = File.ReadAllText(folder.FullPath(section.SectionPath));
            var heading = Array.FindIndex(text.Split('\n'), l => l.StartsWith("# ", StringComparison.Ordinal)) + 1;
            // The intro follows the heading after a blank line.
            var intro = Blocks(section.Section.Intro.Trim(), Math.Max(heading, 1) + 2);
            return (section.SectionPath, place.Paragraph == 0 || intro.Count == 0 ? Math.Max(heading, 1) : intro[Math.Min(place.Paragraph - 1, intro.Count - 1)]);
        }

        if (folder.Clauses.FirstOrDefault(c => c.Clause.Id == place.UnitId) is not { } clause)
        {
            return null;
        }

        var blocks = Blocks(clause.Clause.Body, clause.Clause.BodyLocation.Line);
        var index = place.Paragraph;
        if (StartsWithListOrTable(clause.Clause.Body) && index > 0)
        {
            // The clause's number stands on a paragraph of its own before a list or table.
            index--;
        }

        if (clause.Clause.Title is not null)
        {
            if (index == 0)
            {
                var lines = File.ReadAllText(folder.FullPath(clause.Path)).Split('\n');
                return (clause.Path, Math.Max(Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal)) + 1, 1));
            }

            index--;
        }

        return (clause.Path, blocks.Count == 0 ? clause.Clause.BodyLocation.Line : blocks[Math.Min(index, blocks.Count - 1)]);
    }

    private bool StartsWithListOrTable(string markdown) =>
        Markdig.Markdown.Parse(markdown, pipeline).FirstOrDefault() is ListBlock or Table;

    private List<int> Blocks(string markdown, int firstLine)
    {
        var lines = new List<int>();
        void Walk(ContainerBlock container)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case Table or ParagraphBlock:
                        lines.Add(firstLine + block.Line);
                        break;
                    case ContainerBlock inner:
                        Walk(inner);
                        break;
                }
            }
        }

        Walk(Markdig.Markdown.Parse(markdown, pipeline));
        return lines;
    }
}
