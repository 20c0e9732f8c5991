using System.Collections.Immutable;

namespace PolicyBuild.Rendering.Layout;

/// <summary>A contents field whose shown result lists the document's top-level headings.</summary>
public sealed record LayoutTableOfContents(string UnitKey, ImmutableArray<TocEntry> Entries) : LayoutBlock(UnitKey);

public sealed record TocEntry(string Text, string Bookmark, int Level);
