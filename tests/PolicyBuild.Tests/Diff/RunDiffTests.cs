using CsCheck;
using PolicyBuild.Diff;
using PolicyBuild.Layout;

namespace PolicyBuild.Tests.Diff;

/// <summary>
/// The word diff of one paragraph, on generated pairs of runs that share a start and an end (the runs set
/// aside before the words are diffed): accepting every change gives the new runs' characters with their
/// formatting, rejecting every change the old ones', and nothing that did not change is marked.
/// </summary>
public class RunDiffTests
{
    private static readonly Gen<LayoutRun> Run = Gen.OneOf(
        Gen.Select(Gen.String[Gen.Char["ab .,"], 0, 6], Gen.Enum<RunFormat>(), (text, format) => new LayoutRun(text, format)),
        Gen.Bool.Select(_ => LayoutRun.Tab()),
        Gen.String[Gen.Char["12."], 1, 4].Select(n => new LayoutRun(n, Kind: RunKind.ClauseNumber)));

    private static readonly Gen<List<LayoutRun>> Runs = Run.List[0, 5];

    [Fact]
    public void Accepting_gives_the_new_runs_and_rejecting_the_old_ones() =>
        Gen.Select(Runs, Runs, Runs, Runs, Gen.Bool)
            .Select((start, oldMiddle, newMiddle, end, _) => (Old: Paragraph([.. start, .. oldMiddle, .. end]), New: Paragraph([.. start, .. newMiddle, .. end])))
            .Sample(pair =>
            {
                var diff = RunDiff.Compare(pair.Old, pair.New);
                Assert.Equal(Characters(pair.New), Characters(diff.Runs.Where(r => r.Revision?.Kind != RevisionKind.Deleted), accepted: true));
                Assert.Equal(Characters(pair.Old), Characters(diff.Runs.Where(r => r.Revision?.Kind != RevisionKind.Inserted), accepted: false));
                Assert.Equal(Characters(pair.Old) != Characters(pair.New), diff.HasChanges);
            }, iter: 3000);

    /// <summary>Runs as a laid-out paragraph has them (joined where they look the same, no trailing spaces).</summary>
    private static List<LayoutRun> Paragraph(List<LayoutRun> runs) => [.. RunMerger.Merge(runs)];

    /// <summary>Each character with its kind and formatting (the baseline's formatting for a format change, when rejected).</summary>
    private static string Characters(IEnumerable<LayoutRun> runs, bool accepted = true) =>
        string.Concat(runs.SelectMany(r => r.Text.Select(c =>
            $"{c}{(int)r.Kind}{(int)(!accepted && r.Revision?.Kind == RevisionKind.FormatChanged ? r.Revision.OldFormat : r.Format)}|")));
}
