using System.Collections.Immutable;

namespace PolicyBuild.Layout;

/// <summary>
/// A contents list: a paragraph per top-level heading, linked to it, with its page number as a PAGEREF field
/// (filled in by LibreOffice before a PDF is exported, by Word when fields are updated). Its entries are the
/// template's, never rebuilt from the headings: a pack lists the report's parts and its appendices, not the
/// appendices' sections, and a redline tracks its entries like any other paragraph. <see cref="IsField"/> wraps
/// them in a TOC field Word could rebuild; nothing sets it now, as LibreOffice turns such a field into an
/// index whose page references it cannot fill in, and cannot drop a tracked paragraph mark inside it.
/// </summary>
public sealed record LayoutTableOfContents(string UnitKey, ImmutableArray<LayoutParagraph> Entries, bool IsField = false) : LayoutBlock(UnitKey);
