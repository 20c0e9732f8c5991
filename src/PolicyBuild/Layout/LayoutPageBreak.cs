namespace PolicyBuild.Layout;

/// <summary>Starts a new page (written as <c>***</c> in a template).</summary>
/// <param name="UnitKey">The unit the break belongs to (see <see cref="LayoutBlock"/>).</param>
/// <param name="NewSection">When set, the new page starts a section whose header and footer say these facts
/// (an appendix in a pack keeps its own title and DRAFT marking).</param>
public sealed record LayoutPageBreak(string UnitKey, DocumentInfo? NewSection = null) : LayoutBlock(UnitKey);
