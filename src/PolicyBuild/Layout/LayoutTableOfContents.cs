using System.Collections.Immutable;

namespace PolicyBuild.Layout;

/// <summary>
/// A contents list: a paragraph per top-level heading, linked to it. In a clean document it is a
/// TOC field (Word can update it); in a redline its entries are tracked like any other paragraph
/// and <see cref="IsField"/> is false, because LibreOffice cannot drop a tracked paragraph mark
/// inside a field result, and rejecting all changes must restore the baseline's contents exactly.
/// </summary>
public sealed record LayoutTableOfContents(string UnitKey, ImmutableArray<LayoutParagraph> Entries, bool IsField = true) : LayoutBlock(UnitKey);
