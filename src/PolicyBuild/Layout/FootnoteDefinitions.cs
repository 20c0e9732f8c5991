using System.Text;
using System.Text.RegularExpressions;

namespace PolicyBuild.Layout;

/// <summary>
/// Moves footnote definitions (<c>[^label]: text</c> and their indented continuation lines) to
/// the end of the Markdown. Markdig only recognises definitions at document level, but a
/// clause's footnote is written in its file and so lands inside its <c>::: clause</c> container.
/// </summary>
internal static partial class FootnoteDefinitions
{
    public static string Hoist(string markdown)
    {
        // Most policies have no footnotes: one scan, rather than a string per line and a copy of the whole text.
        if (!Definition().IsMatch(markdown))
        {
            return markdown;
        }

        var lines = markdown.Split('\n');
        var body = new StringBuilder();
        var notes = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!Definition().IsMatch(lines[i]))
            {
                body.Append(lines[i]).Append('\n');
                continue;
            }

            notes.Append('\n').Append(lines[i]).Append('\n');
            while (i + 1 < lines.Length && IsContinuation(lines, i + 1))
            {
                notes.Append(lines[++i]).Append('\n');
            }
        }

        return notes.Length == 0 ? markdown : body.ToString().TrimEnd('\n') + "\n" + notes;
    }

    // An indented line, or a blank line followed by an indented one, continues the definition.
    private static bool IsContinuation(string[] lines, int index) =>
        IsIndented(lines[index]) || (lines[index].Trim().Length == 0 && index + 1 < lines.Length && IsIndented(lines[index + 1]));

    private static bool IsIndented(string line) => line.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith('\t');

    /// <summary>A definition's start, at the start of a line: of one line, or of any line of a text.</summary>
    [GeneratedRegex(@"^\[\^[^\]\s]+\]:", RegexOptions.Multiline)]
    private static partial Regex Definition();
}
