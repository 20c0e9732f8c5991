namespace PolicyBuild.Layout;

/// <summary>A body block. Blocks with the same <see cref="UnitKey"/> form one unit (a clause,
/// a section heading, a title-block line) that the redline matches across versions.</summary>
public abstract record LayoutBlock(string UnitKey);
