using System.Collections.Immutable;

namespace PolicyBuild.Layout;

/// <summary>
/// A document laid out but not yet written: what the template and Markdown produced,
/// independent of Word. The clean and the marked documents are both one of these;
/// the marked one carries <see cref="Revision"/>s.
/// </summary>
public sealed record LayoutDocument(
    DocumentInfo Info,
    ImmutableArray<LayoutBlock> Blocks,
    ImmutableArray<LayoutFootnote> Footnotes);

/// <summary>A footnote's text, referenced by runs of kind <see cref="RunKind.FootnoteReference"/>.</summary>
public sealed record LayoutFootnote(string Key, ImmutableArray<LayoutParagraph> Paragraphs);
