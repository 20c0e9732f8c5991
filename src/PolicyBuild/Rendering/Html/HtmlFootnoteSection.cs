using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Html;

/// <summary>
/// Writes the footnotes the page referenced, numbered by first use, each with a link back to every
/// reference. Footnotes nothing refers to are left out, as in the Word document.
/// </summary>
internal sealed class HtmlFootnoteSection(HtmlRenderState state, HtmlParagraphWriter paragraphs)
{
    private const string Heading = "Footnotes";
    private readonly HtmlOutput _output = state.Output;

    public void Write(IReadOnlyList<LayoutFootnote> footnotes)
    {
        var notes = state.Footnotes;
        if (notes.Used.Count == 0)
        {
            return;
        }

        var byKey = footnotes.DistinctBy(f => f.Key).ToDictionary(f => f.Key, StringComparer.Ordinal);
        var tag = "h" + state.NextHeadingLevel(1);
        _output.Open("section", ("class", "footnotes"), ("aria-labelledby", notes.HeadingId)).Line();
        _output.Open(tag, ("id", notes.HeadingId)).Text(Heading).Close(tag).Line();
        _output.Open("ol").Line();
        // By index: a footnote's own text may refer to a further footnote, which joins the list.
        for (var i = 0; i < notes.Used.Count; i++)
        {
            var note = notes.Used[i];
            _output.Open("li", ("id", note.Id));
            var content = byKey.TryGetValue(note.Key, out var footnote) ? footnote.Paragraphs : [];
            if (content.IsEmpty)
            {
                WriteBackLinks(note);
            }

            for (var p = 0; p < content.Length; p++)
            {
                var paragraph = content[p];
                _output.Open("p", ("class", CssClass.Join(CssClass.Of(paragraph.StyleId), HtmlRevisions.BlockClass(paragraph.Mark))));
                paragraphs.WriteContent(paragraph);
                if (p == content.Length - 1)
                {
                    WriteBackLinks(note);
                }

                _output.Close("p");
            }

            _output.Close("li").Line();
        }

        _output.Close("ol").Line();
        _output.Close("section").Line();
    }

    private void WriteBackLinks(HtmlFootnote note)
    {
        for (var i = 0; i < note.ReferenceIds.Count; i++)
        {
            var label = note.ReferenceIds.Count == 1
                ? $"Back to reference {note.Number}"
                : $"Back to reference {note.Number} ({i + 1})";
            // U+FE0E keeps the arrow a text glyph rather than an emoji.
            _output.Text(" ").Open("a", ("href", "#" + note.ReferenceIds[i]), ("class", "footnote-back"), ("aria-label", label))
                .Text("\u21A9\uFE0E").Close("a");
        }
    }
}
