using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Html;

/// <summary>A list being written: its element, and how many of its items stay once changes are accepted.</summary>
internal sealed class HtmlOpenList(ListMarker marker, string unitKey)
{
    public ListMarker Marker { get; } = marker;

    public string UnitKey { get; } = unitKey;

    public string Tag => Marker.Style == ListStyle.Bullet ? "ul" : "ol";

    public bool ItemOpen { get; set; }

    public int LiveItems { get; set; }

    /// <summary>Once an item is removed, later items carry explicit numbers so they keep the draft's.</summary>
    public bool HasRemovedItem { get; set; }
}
