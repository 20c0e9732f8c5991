using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Html;

/// <summary>
/// Turns list paragraphs back into nested lists: consecutive items with the same list key are one
/// <c>ol</c>/<c>ul</c>; an item of a deeper level opens a list inside the item before it.
/// A removed item (marked documents) is shown without a number and does not count, so the others
/// keep the numbers they have in the draft, as renumbered clauses do.
/// </summary>
internal sealed class HtmlListWriter(HtmlRenderState state)
{
    private readonly HtmlOutput _output = state.Output;
    private readonly Stack<HtmlOpenList> _open = new();

    /// <summary>The unit of the innermost open list, or null when no list is open.</summary>
    public string? OpenUnitKey => _open.TryPeek(out var top) ? top.UnitKey : null;

    /// <summary>Opens the list item for a paragraph with a list marker (closing or opening lists as needed).</summary>
    public void OpenItem(LayoutParagraph paragraph, ListMarker marker, string? id)
    {
        while (_open.TryPeek(out var top) && (top.Marker.Level > marker.Level
            || top.Marker.Level == marker.Level && top.Marker.InstanceKey != marker.InstanceKey))
        {
            CloseTop();
        }

        if (_open.TryPeek(out var current) && current.Marker.InstanceKey == marker.InstanceKey)
        {
            CloseItem(current);
        }
        else
        {
            current = new HtmlOpenList(marker, paragraph.UnitKey);
            OpenList(current);
        }

        var removed = ParagraphAnchors.IsRemoved(paragraph);
        string? value = null;
        if (removed)
        {
            current.HasRemovedItem = true;
        }
        else
        {
            current.LiveItems++;
            if (current.HasRemovedItem && current.Tag == "ol")
            {
                value = current.LiveItems.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        _output.Open("li",
            ("id", id),
            ("class", HtmlRevisions.BlockClass(paragraph.Mark)),
            ("data-move", paragraph.Mark?.MoveName),
            ("value", value));
        current.ItemOpen = true;
    }

    public void CloseAll()
    {
        while (_open.Count > 0)
        {
            CloseTop();
        }
    }

    private void OpenList(HtmlOpenList list)
    {
        if (_open.Count > 0)
        {
            _output.Line();
        }

        var (type, cssClass) = list.Marker.Style switch
        {
            ListStyle.LowerLetter => ("a", "lower-letter"),
            ListStyle.UpperLetter => ("A", "upper-letter"),
            ListStyle.LowerRoman => ("i", "lower-roman"),
            ListStyle.UpperRoman => ("I", "upper-roman"),
            _ => ((string?)null, (string?)null),
        };
        _output.Open(list.Tag, ("type", type), ("class", cssClass)).Line();
        _open.Push(list);
    }

    private void CloseItem(HtmlOpenList list)
    {
        if (list.ItemOpen)
        {
            _output.Close("li").Line();
            list.ItemOpen = false;
        }
    }

    private void CloseTop()
    {
        var list = _open.Pop();
        CloseItem(list);
        _output.Close(list.Tag).Line();
    }
}
