using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace PolicyBuild.Tests.Rendering.Html;

/// <summary>
/// The body of a page as text, for approval: one line per block, cells joined by " | ", list items
/// as "* ", insertions as {+…+}, deletions as [-…-], formatting changes as {~…~}, and whole inserted
/// or deleted blocks prefixed "+| " or "-| ". Words only screen readers get are left out.
/// </summary>
public static partial class VisibleText
{
    private static readonly HashSet<string> Blocks =
        ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "header", "footer", "nav", "section", "main", "table", "thead", "tbody", "ul", "ol", "div"];

    public static string Of(IElement body)
    {
        var text = new StringBuilder();
        Append(body, text);
        var lines = text.ToString().Split('\n')
            .Select(l => Spaces().Replace(l, " ").Trim())
            .Where(l => l.Length > 0);
        return string.Join("\n", lines) + "\n";
    }

    private static void Append(INode node, StringBuilder text)
    {
        if (node is not IElement element)
        {
            text.Append(node.NodeType == NodeType.Text ? node.TextContent.Replace('\n', ' ') : string.Empty);
            return;
        }

        if (element.ClassList.Contains("sr-only") || element.ClassList.Contains("skip-link") || element.LocalName is "style" or "script")
        {
            return;
        }

        var name = element.LocalName;
        var (open, close) = name switch
        {
            "br" => ("\n", string.Empty),
            "ins" => ("{+", "+}"),
            "del" => ("[-", "-]"),
            "span" when element.ClassList.Contains("format-change") => ("{~", "~}"),
            "td" or "th" when element.PreviousElementSibling is not null => (" | ", string.Empty),
            _ when Blocks.Contains(name) => ("\n" + BlockPrefix(element), "\n"),
            _ => (string.Empty, string.Empty),
        };
        text.Append(open);
        foreach (var child in element.ChildNodes)
        {
            Append(child, text);
        }

        text.Append(close);
    }

    private static string BlockPrefix(IElement element) =>
        (element.ClassList.Contains("inserted") ? "+| " : element.ClassList.Contains("deleted") ? "-| " : string.Empty)
        + (element.LocalName == "li" ? "* " : string.Empty);

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();
}
