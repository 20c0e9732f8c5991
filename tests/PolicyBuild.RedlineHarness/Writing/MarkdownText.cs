using PolicyBuild.RedlineHarness.Model;

namespace PolicyBuild.RedlineHarness.Writing;

/// <summary>The Markdown of generated blocks and inlines.</summary>
public static class MarkdownText
{
    /// <param name="notes">Collects the footnotes referenced, for the definitions at the end of the file; null where none may be.</param>
    public static string Block(GenBlock block, IReadOnlySet<string> ids, List<GenFootnote>? notes) => block switch
    {
        GenParagraph p => Paragraph(p, ids, notes),
        GenList l => string.Join("\n", l.Items.Select((item, i) => Item(item, l.Lettered ? $"{(char)('a' + i)}. " : "- ", ids, notes))),
        GenTable t => Table(t),
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    public static string Paragraph(GenParagraph paragraph, IReadOnlySet<string> ids, List<GenFootnote>? notes)
    {
        var parts = new List<string>();
        foreach (var inline in paragraph.Inlines)
        {
            switch (inline)
            {
                case GenFootnote note when notes is not null && parts.Count > 0:
                    notes.Add(note);
                    parts[^1] += $"[^{note.Label}]";
                    break;
                case GenFootnote note:
                    parts.Add(note.Note);
                    break;
                default:
                    parts.Add(Inline(inline, ids));
                    break;
            }
        }

        return string.Join(' ', parts);
    }

    private static string Inline(GenInline inline, IReadOnlySet<string> ids) => inline switch
    {
        GenWord { Emphasis: Emphasis.Bold } w => $"**{w.Text}**",
        GenWord { Emphasis: Emphasis.Italic } w => $"*{w.Text}*",
        GenWord w => w.Text,
        GenLink l => $"[{l.Text}]({l.Url})",
        GenCrossReference r when ids.Contains(r.TargetId) => $"[](#{r.TargetId})",
        GenCrossReference => "elsewhere",
        _ => throw new ArgumentOutOfRangeException(nameof(inline)),
    };

    private static string Item(GenItem item, string marker, IReadOnlySet<string> ids, List<GenFootnote>? notes)
    {
        var indent = new string(' ', marker.Length);
        var lines = new List<string> { marker + Paragraph(item.Text, ids, notes) };
        lines.AddRange(item.Children.Select(c => $"{indent}- {Paragraph(c, ids, notes)}"));
        return string.Join("\n", lines);
    }

    private static string Table(GenTable table)
    {
        var rows = table.Rows.Select(r => $"| {string.Join(" | ", r)} |").ToList();
        rows.Insert(1, $"|{string.Concat(table.Rows[0].Select(_ => " --- |"))}");
        return string.Join("\n", rows);
    }
}
