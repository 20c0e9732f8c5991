using CsCheck;
using PolicyBuild.Layout;

namespace PolicyBuild.Tests.Diff;

/// <summary>
/// The layout's invariant every redline relies on (the clean document and the marked one's accept-all must
/// end a paragraph alike): on generated runs, merged runs never end a paragraph in spaces, however many runs
/// of other looks the spaces are spread over, and merging again changes nothing.
/// </summary>
public class RunMergerTests
{
    private static readonly Gen<LayoutRun> Run = Gen.OneOf(
        Gen.Select(Gen.String[Gen.Char["a \t."], 0, 4], Gen.Enum<RunFormat>(), (text, format) => new LayoutRun(text, format)),
        Gen.Bool.Select(_ => LayoutRun.Tab()));

    [Fact]
    public void A_merged_paragraph_never_ends_in_spaces_and_merging_again_changes_nothing() =>
        Run.List[0, 8].Sample(runs =>
        {
            var merged = RunMerger.Merge(runs);

            Assert.False(merged.Length > 0 && merged[^1].Kind == RunKind.Text && merged[^1].Text.TrimEnd() != merged[^1].Text,
                $"ends in spaces: {string.Join(" | ", merged)}");
            Assert.Equal(merged.ToList(), RunMerger.Merge(merged).ToList());
        }, iter: 3000);
}
