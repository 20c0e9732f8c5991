using PolicyBuild.Import;

namespace PolicyBuild.Tests.Import;

/// <summary>File-name prefixes for a new order: kept names stay where they are in order, new ones go between.</summary>
public class PrefixesTests
{
    [Fact]
    public void New_entries_go_between_kept_ones_and_after_the_last()
    {
        Assert.Equal(["10", "15", "20", "30", "40", "50"], Prefixes.Assign([10m, null, 20m, 30m, null, null]));
    }

    [Fact]
    public void Crowded_gaps_take_decimals()
    {
        Assert.Equal(["10", "10.3", "10.7", "11"], Prefixes.Assign([10m, null, null, 11m]));
    }

    [Fact]
    public void Only_entries_out_of_order_are_renamed()
    {
        // 30 moved to the front: the longest run in order (10, 20, 40) keeps its names.
        Assert.Equal(["5", "10", "20", "40"], Prefixes.Assign([30m, 10m, 20m, 40m]));
    }

    [Fact]
    public void A_folder_of_new_entries_is_numbered_10_20_30()
    {
        Assert.Equal(["10", "20", "30"], Prefixes.Assign([null, null, null]));
    }
}
