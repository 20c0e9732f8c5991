using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Html;

/// <summary>
/// Writes runs as inline HTML, nested the same way every time: link, then number, then revision,
/// then formatting. So a renumbered clause reads <c>&lt;span class="number"&gt;&lt;del&gt;5.14&lt;/del&gt;&lt;ins&gt;5.15&lt;/ins&gt;&lt;/span&gt;</c>.
/// </summary>
internal sealed class HtmlRunWriter(HtmlRenderState state)
{
    private readonly HtmlOutput _output = state.Output;

    /// <param name="runs">The runs of one paragraph.</param>
    /// <param name="textBeforeTabIsNumber">For contents entries, whose numbers are plain text before a tab.</param>
    public void Write(IReadOnlyList<LayoutRun> runs, bool textBeforeTabIsNumber = false)
    {
        var firstTab = textBeforeTabIsNumber ? IndexOfTab(runs) : -1;
        var classified = runs.Select((run, i) => (Run: run, IsNumber: ParagraphAnchors.IsNumber(run.Kind) || i < firstTab));
        foreach (var linkGroup in ConsecutiveGroups.By(classified, r => r.Run.Link))
        {
            var linkTag = OpenLink(linkGroup[0].Run.Link);
            foreach (var numberGroup in ConsecutiveGroups.By(linkGroup, r => r.IsNumber))
            {
                if (numberGroup[0].IsNumber)
                {
                    _output.Open("span", ("class", "number"));
                }

                foreach (var revisionGroup in ConsecutiveGroups.By(numberGroup, r => r.Run.Revision))
                {
                    WriteRevisionGroup(revisionGroup[0].Run.Revision, revisionGroup.Select(r => r.Run));
                }

                if (numberGroup[0].IsNumber)
                {
                    _output.Close("span");
                }
            }

            if (linkTag)
            {
                _output.Close("a");
            }
        }
    }

    private bool OpenLink(string? link)
    {
        if (link is null)
        {
            return false;
        }

        if (HtmlLinks.IsInternal(link))
        {
            _output.Open("a", ("href", "#" + HtmlIds.Sanitize(link[1..])));
            return true;
        }

        if (!HtmlLinks.IsSafeExternal(link))
        {
            return false;
        }

        _output.Open("a", ("href", link), ("class", "external"), ("rel", "noopener"));
        return true;
    }

    private void WriteRevisionGroup(Revision? revision, IEnumerable<LayoutRun> runs)
    {
        if (revision is null)
        {
            WriteRuns(runs);
            return;
        }

        var tag = HtmlRevisions.Tag(revision.Kind);
        var formatChanged = revision.Kind == RevisionKind.FormatChanged;
        _output.Open(tag,
            ("class", HtmlRevisions.InlineClass(revision.Kind)),
            ("data-move", revision.MoveName),
            ("title", formatChanged ? "formatting changed" : null));
        // Screen readers do not announce ins/del by default; these words say what changed and where it ends.
        _output.Open("span", ("class", "sr-only")).Text($"[{HtmlRevisions.Announcement(revision.Kind)}: ").Close("span");
        WriteRuns(runs);
        _output.Open("span", ("class", "sr-only")).Text("]").Close("span");
        _output.Close(tag);
    }

    private void WriteRuns(IEnumerable<LayoutRun> runs)
    {
        foreach (var run in runs)
        {
            switch (run.Kind)
            {
                case RunKind.Tab:
                    _output.Text(" ");
                    break;
                case RunKind.LineBreak:
                    _output.Raw("<br>");
                    break;
                case RunKind.FootnoteReference:
                    WriteFootnoteReference(run.Text);
                    break;
                default:
                    WriteFormatted(run.Text, run.Format);
                    break;
            }
        }
    }

    private void WriteFormatted(string text, RunFormat format)
    {
        var tags = FormatTags(format).ToList();
        foreach (var tag in tags)
        {
            _output.Open(tag);
        }

        _output.Text(text);
        for (var i = tags.Count - 1; i >= 0; i--)
        {
            _output.Close(tags[i]);
        }
    }

    private static IEnumerable<string> FormatTags(RunFormat format)
    {
        if (format.HasFlag(RunFormat.Bold))
        {
            yield return "strong";
        }

        if (format.HasFlag(RunFormat.Italic))
        {
            yield return "em";
        }

        if (format.HasFlag(RunFormat.Strikethrough))
        {
            yield return "s";
        }

        if (format.HasFlag(RunFormat.Code))
        {
            yield return "code";
        }
    }

    private void WriteFootnoteReference(string key)
    {
        var (note, referenceId) = state.Footnotes.Reference(key);
        var number = note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _output.Open("sup")
            .Open("a", ("href", "#" + note.Id), ("id", referenceId), ("class", "footnote-ref"), ("aria-describedby", state.Footnotes.HeadingId))
            .Text(number)
            .Close("a")
            .Close("sup");
    }

    private static int IndexOfTab(IReadOnlyList<LayoutRun> runs)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i].Kind == RunKind.Tab)
            {
                return i;
            }
        }

        return -1;
    }
}
