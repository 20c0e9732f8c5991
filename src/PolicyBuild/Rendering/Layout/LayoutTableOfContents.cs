using System.Collections.Immutable;

namespace PolicyBuild.Rendering.Layout;

/// <summary>
/// A contents field. Its shown result is a paragraph per top-level heading, linked to it; in a
/// redline those paragraphs are tracked like any other, so rejecting all changes restores the
/// baseline's contents.
/// </summary>
public sealed record LayoutTableOfContents(string UnitKey, ImmutableArray<LayoutParagraph> Entries) : LayoutBlock(UnitKey);
