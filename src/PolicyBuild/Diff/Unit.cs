using PolicyBuild.Layout;

namespace PolicyBuild.Diff;

/// <summary>Consecutive blocks sharing a unit key: one clause, one section heading, one title-block line.</summary>
internal sealed record Unit(string Key, List<LayoutBlock> Blocks)
{
    public static List<Unit> Split(IEnumerable<LayoutBlock> blocks)
    {
        var units = new List<Unit>();
        foreach (var block in blocks)
        {
            if (units.Count > 0 && units[^1].Key == block.UnitKey)
            {
                units[^1].Blocks.Add(block);
            }
            else
            {
                units.Add(new Unit(block.UnitKey, [block]));
            }
        }

        return units;
    }
}
