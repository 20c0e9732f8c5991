using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Html;

/// <summary>
/// The ids of one page, each used once. A paragraph that stays in the document owns its bookmark
/// and number anchor; a removed copy (deleted, or the "moved from" side of a move) gets them only
/// when nothing else has them, so links to a deleted section still land somewhere on a marked page.
/// Ids this writer makes up (<c>fn-1</c>, <c>contents</c>) give way to the document's own.
/// </summary>
internal sealed class HtmlIds
{
    private readonly HashSet<string> _reserved = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public HtmlIds(LayoutDocument document)
    {
        foreach (var paragraph in Paragraphs(document.Blocks).Where(p => !ParagraphAnchors.IsRemoved(p)))
        {
            if (paragraph.Bookmark is { } bookmark)
            {
                _reserved.Add(Sanitize(bookmark));
            }

            if (ParagraphAnchors.NumberAnchor(paragraph) is { } anchor)
            {
                _reserved.Add(anchor);
            }
        }
    }

    /// <summary>Claims a paragraph's own id (bookmark or number anchor); null when it cannot have it.</summary>
    public string? ClaimOwn(string id, bool removed)
    {
        id = Sanitize(id);
        if (removed && _reserved.Contains(id))
        {
            return null;
        }

        return _used.Add(id) ? id : null;
    }

    /// <summary>A made-up id: <paramref name="wanted"/>, or <c>wanted-2</c>, <c>wanted-3</c>… if taken.</summary>
    public string Unique(string wanted)
    {
        var id = wanted;
        for (var n = 2; _reserved.Contains(id) || _used.Contains(id); n++)
        {
            id = $"{wanted}-{n}";
        }

        _used.Add(id);
        return id;
    }

    /// <summary>HTML ids may hold anything but whitespace; links to them are sanitised the same way.</summary>
    public static string Sanitize(string id)
    {
        var clean = string.Concat(id.Select(c => char.IsWhiteSpace(c) ? '-' : c));
        return clean.Length == 0 ? "_" : clean;
    }

    private static IEnumerable<LayoutParagraph> Paragraphs(IEnumerable<LayoutBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LayoutParagraph paragraph:
                    yield return paragraph;
                    break;
                case LayoutTable table:
                    foreach (var paragraph in table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs))
                    {
                        yield return paragraph;
                    }

                    break;
            }
        }
    }
}
