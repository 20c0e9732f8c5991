using System.Text;
using PolicyBuild.Import.Word;
using PolicyBuild.Layout;

namespace PolicyBuild.Import.Writing;

/// <summary>
/// Writes runs with their emphasis: markers open and close only where the formatting changes,
/// nested properly, and sit inside the blanks around them (<c>**bold** text</c>, never
/// <c>**bold **text</c>, which Markdown would not read as bold).
/// </summary>
internal sealed class EmphasisWriter(StringBuilder output, Func<string, string> escape)
{
    private readonly Stack<string> _open = new();

    /// <param name="runs">Runs of one link group (or of no link).</param>
    /// <param name="special">Markdown for a footnote mark or unsupported content.</param>
    public void Write(IEnumerable<WordRun> runs, Func<WordRun, string> special)
    {
        foreach (var run in runs)
        {
            switch (run.Kind)
            {
                case WordRunKind.LineBreak:
                    CloseAll();
                    TrimEnd();
                    output.Append("\\\n");
                    break;
                case WordRunKind.Text:
                    WriteText(run.Text.Replace('\t', ' '), run.Format);
                    break;
                default:
                    output.Append(special(run));
                    break;
            }
        }

        CloseAll();
    }

    private void WriteText(string text, RunFormat format)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            output.Append(text);
            return;
        }

        var core = text.Trim();
        var lead = text[..text.IndexOf(core[0])];
        var trail = text[(lead.Length + core.Length)..];
        if (format.HasFlag(RunFormat.Code))
        {
            CloseAll();
            var fence = core.Contains('`') ? "``" : "`";
            var pad = fence.Length > 1 ? " " : string.Empty;
            output.Append(lead).Append(fence).Append(pad).Append(core).Append(pad).Append(fence).Append(trail);
            return;
        }

        var wanted = new List<string>();
        if (format.HasFlag(RunFormat.Bold))
        {
            wanted.Add("**");
        }

        if (format.HasFlag(RunFormat.Italic))
        {
            wanted.Add("*");
        }

        while (_open.Count > 0 && _open.Any(m => !wanted.Contains(m)))
        {
            Close(_open.Pop());
        }

        output.Append(lead);
        foreach (var marker in wanted.Where(m => !_open.Contains(m)))
        {
            output.Append(marker);
            _open.Push(marker);
        }

        output.Append(escape(core)).Append(trail);
    }

    private void CloseAll()
    {
        while (_open.Count > 0)
        {
            Close(_open.Pop());
        }
    }

    // A closing marker goes before the blanks that end the text so far.
    private void Close(string marker)
    {
        var end = output.Length;
        while (end > 0 && char.IsWhiteSpace(output[end - 1]) && output[end - 1] != '\n')
        {
            end--;
        }

        output.Insert(end, marker);
    }

    private void TrimEnd()
    {
        while (output.Length > 0 && output[^1] == ' ')
        {
            output.Length--;
        }
    }
}
