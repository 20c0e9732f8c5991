using PolicyBuild.Layout;

namespace PolicyBuild.Publishing.Accessibility;

/// <summary>A paragraph and where it is, e.g. <c>clause 5.12</c> or <c>heading "Legal"</c>.</summary>
/// <param name="InBody">False for table cells, contents entries and footnotes.</param>
public sealed record PlacedParagraph(LayoutParagraph Paragraph, string Place, bool InBody);
