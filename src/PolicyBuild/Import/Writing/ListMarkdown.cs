using System.Collections.Immutable;
using PolicyBuild.Import.Word;
using PolicyBuild.Layout;

namespace PolicyBuild.Import.Writing;

/// <summary>
/// Writes consecutive list items as Markdown lists: <c>- </c> bullets, <c>a.</c> lettered,
/// <c>i.</c> roman, <c>1.</c> numbered; deeper levels indented under their parent's text.
/// </summary>
internal static class ListMarkdown
{
    public static string Write(IReadOnlyList<WordParagraph> items, Func<ImmutableArray<WordRun>, string> inline)
    {
        var lines = new List<string>();
        var open = new List<(ListStyle Style, int Count, int Indent, int ChildIndent)>();
        var baseLevel = items.Min(i => i.Item!.Level);
        foreach (var paragraph in items)
        {
            var item = paragraph.Item!;
            var text = inline(paragraph.Runs);
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var level = Math.Min(item.Level - baseLevel, open.Count);
            if (open.Count > level + 1)
            {
                open.RemoveRange(level + 1, open.Count - level - 1);
            }

            if (open.Count == level + 1 && open[^1].Style != item.Style)
            {
                // Another kind of list: a blank line keeps the two lists apart.
                open.RemoveAt(open.Count - 1);
                if (level == 0)
                {
                    lines.Add(string.Empty);
                }
            }

            if (open.Count == level)
            {
                var indent = level == 0 ? 0 : open[^1].ChildIndent;
                open.Add((item.Style, 0, indent, indent));
            }

            var entry = open[^1];
            var marker = Marker(item.Style, entry.Count + 1);
            var childIndent = entry.Indent + marker.Length + 1;
            open[^1] = (entry.Style, entry.Count + 1, entry.Indent, childIndent);
            lines.Add(new string(' ', entry.Indent) + marker + " " + BlockMarkdown.Lines(text, new string(' ', childIndent)));
        }

        return string.Join("\n", lines).Trim('\n');
    }

    private static string Marker(ListStyle style, int ordinal) => style switch
    {
        ListStyle.Bullet => "-",
        ListStyle.LowerLetter => ListLabels.Letter(ordinal) + ".",
        ListStyle.UpperLetter => ListLabels.Letter(ordinal).ToUpperInvariant() + ".",
        ListStyle.LowerRoman => ListLabels.Roman(ordinal) + ".",
        ListStyle.UpperRoman => ListLabels.Roman(ordinal).ToUpperInvariant() + ".",
        _ => $"{ordinal}.",
    };
}
