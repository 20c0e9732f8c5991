using System.Text;
using System.Text.RegularExpressions;

namespace PolicyBuild.Import.Writing;

/// <summary>
/// Keeps Word text literal in our Markdown dialect: emphasis, links, code, HTML, attributes
/// (<c>{.class}</c>), table pipes and entities inline; headings, quotes, containers and list
/// markers at the start of a line.
/// </summary>
internal static partial class MarkdownEscaper
{
    private const string Inline = "\\`*_[]<{}|#";
    private const string LineStarters = "#>+-=:~";

    public static string Text(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Inline.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return Entity().Replace(escaped.ToString(), "\\&");
    }

    /// <summary>Escapes what would make a line a heading, quote, container, rule or list item.</summary>
    public static string LineStart(string line)
    {
        if (line.Length > 0 && LineStarters.Contains(line[0], StringComparison.Ordinal))
        {
            return "\\" + line;
        }

        var marker = OrderedMarker().Match(line);
        return marker.Success ? line.Insert(marker.Groups["delimiter"].Index, "\\") : line;
    }

    [GeneratedRegex("&(?=#?[A-Za-z0-9]+;)")]
    private static partial Regex Entity();

    // "1.", "a)", "iv." followed by a blank or the end: ordered, lettered and roman list markers.
    [GeneratedRegex(@"^(?:\d{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]+)(?<delimiter>[.)])(?:[ \t]|$)")]
    private static partial Regex OrderedMarker();
}
