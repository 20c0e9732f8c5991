using System.Text;

namespace PolicyBuild.Rendering.Html;

/// <summary>
/// The page being written: markup appended in order, every text and attribute value escaped on
/// the way in, so no caller can forget to (attributes are always double-quoted, so <c>'</c> stays as is). Line ends are always <c>\n</c> (deterministic output).
/// </summary>
internal sealed class HtmlOutput
{
    private readonly StringBuilder _html = new();

    /// <summary>Appends markup as is; only for fixed strings of this writer, never for document text.</summary>
    public HtmlOutput Raw(string html)
    {
        _html.Append(html);
        return this;
    }

    public HtmlOutput Text(string text)
    {
        AppendEscaped(text);
        return this;
    }

    public HtmlOutput Line() => Raw("\n");

    /// <summary>Opens an element; attributes whose value is null are left out, the rest keep their order.</summary>
    public HtmlOutput Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _html.Append(' ').Append(name).Append("=\"");
            AppendEscaped(value);
            _html.Append('"');
        }

        _html.Append('>');
        return this;
    }

    public HtmlOutput Close(string tag) => Raw("</" + tag + ">");

    public override string ToString() => _html.ToString();

    private void AppendEscaped(string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': _html.Append("&amp;"); break;
                case '<': _html.Append("&lt;"); break;
                case '>': _html.Append("&gt;"); break;
                case '"': _html.Append("&quot;"); break;
                // Control characters are parse errors in HTML; they never carry meaning in policy text.
                case < ' ' and not ('\t' or '\n' or '\r'):
                case >= '\u007F' and <= '\u009F':
                    _html.Append('\uFFFD');
                    break;
                default: _html.Append(c); break;
            }
        }
    }
}
