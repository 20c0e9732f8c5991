namespace PolicyBuild.Layout;

/// <summary>Starts a new page (written as <c>***</c> in a template).</summary>
public sealed record LayoutPageBreak(string UnitKey) : LayoutBlock(UnitKey);
