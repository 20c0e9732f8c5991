using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Html;

/// <summary>
/// Writes one paragraph: the title as the page's <c>h1</c>, headings one level below their outline
/// level, everything else as <c>&lt;p class="style-in-kebab-case"&gt;</c>. A paragraph that starts with
/// its clause or section number also gets an empty <c>&lt;a id="clause-5.12"&gt;</c>, so both the id and
/// the number can be linked to.
/// </summary>
internal sealed class HtmlParagraphWriter(HtmlRenderState state)
{
    private const string HeadingPrefix = "Heading";
    private readonly HtmlOutput _output = state.Output;
    private readonly HtmlRunWriter _runs = new(state);

    public HtmlRunWriter Runs => _runs;

    public void Write(LayoutParagraph paragraph) => Write(paragraph, OwnId(paragraph));

    /// <param name="paragraph">The paragraph to write.</param>
    /// <param name="id">The element's id, already claimed (see <see cref="OwnId"/>).</param>
    public void Write(LayoutParagraph paragraph, string? id)
    {
        var tag = TagFor(paragraph);
        var styleClass = tag == "p" ? CssClass.Of(paragraph.StyleId) : null;
        _output.Open(tag,
            ("id", id),
            ("class", CssClass.Join(styleClass, NumberedClass(paragraph), HtmlRevisions.BlockClass(paragraph.Mark))),
            ("data-move", paragraph.Mark?.MoveName));
        WriteContent(paragraph);
        _output.Close(tag).Line();
    }

    /// <summary>Claims the paragraph's bookmark as its id, if it has one and may use it.</summary>
    public string? OwnId(LayoutParagraph paragraph) =>
        paragraph.Bookmark is { } bookmark ? state.Ids.ClaimOwn(bookmark, ParagraphAnchors.IsRemoved(paragraph)) : null;

    /// <summary>The inside of a paragraph: its number anchor, then its runs (used for list items and cells too).</summary>
    public void WriteContent(LayoutParagraph paragraph)
    {
        if (ParagraphAnchors.NumberAnchor(paragraph) is { } anchor
            && state.Ids.ClaimOwn(anchor, ParagraphAnchors.IsRemoved(paragraph)) is { } id)
        {
            _output.Open("a", ("id", id)).Close("a");
        }

        _runs.Write(paragraph.Runs);
    }

    /// <summary>"numbered" hangs the number in the margin, as the Word styles do.</summary>
    public static string? NumberedClass(LayoutParagraph paragraph) =>
        ParagraphAnchors.StartsWithNumber(paragraph) ? "numbered" : null;

    private string TagFor(LayoutParagraph paragraph)
    {
        if (paragraph.StyleId == StyleIds.Title && !state.HasTitle)
        {
            state.TitleWritten();
            return "h1";
        }

        return OutlineLevel(paragraph.StyleId) is { } level ? "h" + state.NextHeadingLevel(level) : "p";
    }

    private static int? OutlineLevel(string styleId) =>
        styleId.StartsWith(HeadingPrefix, StringComparison.Ordinal)
        && int.TryParse(styleId.AsSpan(HeadingPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var level)
        && level is >= 1 and <= 9
            ? level
            : null;
}
