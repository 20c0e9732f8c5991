using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Html;

/// <summary>
/// Writes the contents as a <c>nav</c> of links, labelled by the contents heading before it
/// (written as a heading inside the nav). Entry numbers are plain text before a tab; they get the
/// number style so they line up.
/// </summary>
internal sealed class HtmlContentsWriter(HtmlRenderState state, HtmlParagraphWriter paragraphs)
{
    private const string FallbackLabel = "Contents";
    private readonly HtmlOutput _output = state.Output;

    public void Write(LayoutTableOfContents toc, LayoutParagraph? label)
    {
        var labelId = label is null ? null : paragraphs.OwnId(label) ?? state.Ids.Unique("contents");
        _output.Open("nav",
            ("class", "contents"),
            ("aria-labelledby", labelId),
            ("aria-label", labelId is null ? FallbackLabel : null)).Line();
        if (label is not null)
        {
            var tag = "h" + state.NextHeadingLevel(1);
            _output.Open(tag, ("id", labelId), ("class", CssClass.Join(CssClass.Of(label.StyleId), HtmlRevisions.BlockClass(label.Mark))));
            paragraphs.WriteContent(label);
            _output.Close(tag).Line();
        }

        if (!toc.Entries.IsEmpty)
        {
            _output.Open("ul").Line();
            foreach (var entry in toc.Entries)
            {
                _output.Open("li", ("class", CssClass.Join(CssClass.Of(entry.StyleId), HtmlRevisions.BlockClass(entry.Mark))));
                paragraphs.Runs.Write(entry.Runs, textBeforeTabIsNumber: true);
                _output.Close("li").Line();
            }

            _output.Close("ul").Line();
        }

        _output.Close("nav").Line();
    }
}
