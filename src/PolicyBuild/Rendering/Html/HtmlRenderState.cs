using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Html;

/// <summary>The small mutable state of writing one page: output, ids, footnote numbers, heading levels.</summary>
internal sealed class HtmlRenderState(LayoutDocument document)
{
    private int _lastHeadingLevel = 1;

    public HtmlOutput Output { get; } = new();

    public HtmlIds Ids { get; } = new(document);

    public HtmlFootnotes Footnotes => field ??= new HtmlFootnotes(Ids);

    /// <summary>True once the page has its one <c>h1</c>.</summary>
    public bool HasTitle { get; private set; }

    public void TitleWritten()
    {
        HasTitle = true;
        _lastHeadingLevel = 1;
    }

    /// <summary>
    /// The HTML level for a heading of outline level 1–6: one below the title, and never more than
    /// one below the heading before it, so the page's heading order never skips a level.
    /// </summary>
    public int NextHeadingLevel(int outlineLevel)
    {
        var level = Math.Clamp(outlineLevel + 1, 2, Math.Min(6, _lastHeadingLevel + 1));
        _lastHeadingLevel = level;
        return level;
    }
}
