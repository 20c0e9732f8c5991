namespace PolicyBuild.Layout;

/// <summary>Where a block sits while the layout is built: its unit and the style its paragraphs take.</summary>
internal sealed record BlockContext(string UnitKey, string ParagraphStyle, string FollowingStyle, int ListDepth = 0)
{
    public static BlockContext Frame(string unitKey) => new(unitKey, StyleIds.BodyText, StyleIds.BodyText);
}
