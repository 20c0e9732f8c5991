using CsCheck;
using PolicyBuild.Diff;

namespace PolicyBuild.Tests.Diff;

/// <summary>
/// The diff under every redline (units, blocks, words): on generated sequences of few distinct keys (so that
/// repeats and ties abound), its stretches walk both sequences in order, its equal stretches hold equal keys,
/// and it keeps as many keys equal as a longest common subsequence has: a common start or end taken aside
/// before DiffPlex runs must never cost a longer edit.
/// </summary>
public class SequenceDiffTests
{
    private static readonly Gen<List<string>> Keys = Gen.String[Gen.Char["abc"], 0, 12].Select(s => s.Select(c => c.ToString()).ToList());

    [Fact]
    public void Stretches_cover_both_sequences_and_keep_a_longest_common_subsequence() =>
        Gen.Select(Keys, Keys, Gen.String[Gen.Char["ab"], 0, 4], Gen.String[Gen.Char["ab"], 0, 4])
            .Select((old, @new, start, end) => (Old: Around(start, old, end), New: Around(start, @new, end)))
            .Sample(pair =>
            {
                var segments = SequenceDiff.Compare(pair.Old, pair.New);
                int a = 0, b = 0, equal = 0;
                for (var i = 0; i < segments.Count; i++)
                {
                    var segment = segments[i];
                    Assert.True(segment.OldStart == a && segment.NewStart == b, $"segment {i} does not continue the previous one");
                    Assert.True(segment.OldCount + segment.NewCount > 0, $"segment {i} is empty");
                    if (segment.IsEqual)
                    {
                        Assert.Equal(segment.OldCount, segment.NewCount);
                        Assert.Equal(pair.Old.GetRange(a, segment.OldCount), pair.New.GetRange(b, segment.NewCount));
                        Assert.False(i > 0 && segments[i - 1].IsEqual, $"segments {i - 1} and {i} are both equal");
                        equal += segment.OldCount;
                    }

                    a += segment.OldCount;
                    b += segment.NewCount;
                }

                Assert.Equal((pair.Old.Count, pair.New.Count), (a, b));
                Assert.Equal(LongestCommonSubsequence(pair.Old, pair.New), equal);
            }, iter: 3000);

    [Fact]
    public void A_common_start_and_end_are_equal_stretches_around_the_change()
    {
        var segments = SequenceDiff.Compare(["1", "x", "b", "c"], ["1", "y", "b", "c"]);

        Assert.Equal(
            [new(true, 0, 1, 0, 1), new(false, 1, 1, 1, 1), new(true, 2, 2, 2, 2)],
            segments);
    }

    private static List<string> Around(string start, List<string> middle, string end) =>
        [.. start.Select(c => c.ToString()), .. middle, .. end.Select(c => c.ToString())];

    private static int LongestCommonSubsequence(List<string> a, List<string> b)
    {
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        return lengths[0, 0];
    }
}
