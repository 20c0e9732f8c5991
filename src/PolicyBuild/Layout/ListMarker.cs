namespace PolicyBuild.Layout;

/// <summary>Puts a paragraph in a Word list.</summary>
/// <param name="InstanceKey">Identifies one list: items with the same key count on from each other.</param>
/// <param name="Level">0 for top-level items.</param>
public sealed record ListMarker(ListStyle Style, int Level, string InstanceKey);
