using System.Collections.Immutable;

namespace PolicyBuild.Layout;

/// <summary>A footnote's text, referenced by runs of kind <see cref="RunKind.FootnoteReference"/>.</summary>
public sealed record LayoutFootnote(string Key, ImmutableArray<LayoutParagraph> Paragraphs);
