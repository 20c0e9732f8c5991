using System.Text;
using PolicyBuild.Layout;

namespace PolicyBuild.Publishing.Accessibility;

/// <summary>A paragraph's text as a reader sees it: tabs and line breaks as spaces, whitespace collapsed.</summary>
public static class ParagraphText
{
    /// <summary>Every run, deleted ones included (a marked document shows both).</summary>
    public static string Shown(LayoutParagraph paragraph) => Normalise(paragraph.Runs.Select(r => r.Text));

    /// <summary>The text once every tracked change is accepted.</summary>
    public static string Accepted(LayoutParagraph paragraph) =>
        Normalise(paragraph.Runs.Where(r => r.Revision is not { RemovesContent: true }).Select(r => r.Text));

    /// <summary>The text once every tracked change is rejected.</summary>
    public static string Rejected(LayoutParagraph paragraph) =>
        Normalise(paragraph.Runs.Where(r => r.Revision?.Kind is not (RevisionKind.Inserted or RevisionKind.MovedTo)).Select(r => r.Text));

    /// <summary>Collapses runs of whitespace (tabs, breaks, no-break spaces) to one space and trims.</summary>
    public static string Normalise(IEnumerable<string> parts)
    {
        var text = new StringBuilder();
        var space = false;
        foreach (var ch in parts.SelectMany(p => p))
        {
            if (char.IsWhiteSpace(ch))
            {
                space = text.Length > 0;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(ch);
        }

        return text.ToString();
    }

    /// <summary>Short enough to quote in a message.</summary>
    public static string Quote(string text) => text.Length <= 60 ? $"\"{text}\"" : $"\"{text[..57]}…\"";
}
