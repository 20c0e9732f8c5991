using PolicyBuild.Layout;

namespace PolicyBuild.Publishing.Accessibility;

/// <summary>A table and where it is.</summary>
public sealed record PlacedTable(LayoutTable Table, string Place);
