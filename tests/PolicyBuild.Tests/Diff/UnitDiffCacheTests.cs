using PolicyBuild.Authoring;
using PolicyBuild.Diff;
using PolicyBuild.Layout;
using PolicyBuild.Publishing;
using PolicyBuild.Rendering.Docx;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Diff;

/// <summary>
/// watch keeps each unit's diff (<see cref="UnitDiffCache"/>). Replayed as a watch sees them, the edit scripts
/// of generated pairs are applied one edit at a time (each a save), then the baseline is replaced (the
/// finished draft adopted): after every step the marked document and changes.json of one comparison kept
/// across all steps and all pairs are byte for byte those of a comparison from nothing.
/// </summary>
public class UnitDiffCacheTests
{
    private static readonly RevisionContext Revisions = new("Test Author", new DateTime(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void After_each_save_of_generated_edit_scripts_a_kept_diff_gives_the_fresh_marked_document()
    {
        using var temp = new TempDirectory();
        var toolchain = TestToolchain.Create();
        var cache = new UnitDiffCache();
        var (reused, compared, steps) = (0, 0, 0);
        foreach (var (step, baselineBuilt, draftBuilt) in SaveReplay.Saves(toolchain, temp, seeds: 30))
        {
            var fresh = Marked(toolchain, baselineBuilt, draftBuilt, new LayoutDiffer());
            var kept = Marked(toolchain, baselineBuilt, draftBuilt, new LayoutDiffer(cache));
            Assert.True(fresh.Docx.AsSpan().SequenceEqual(kept.Docx), $"{step}: the marked document differs from a fresh comparison's");
            Assert.True(fresh.Json.AsSpan().SequenceEqual(kept.Json), $"{step}: changes.json differs from a fresh comparison's");
            reused += cache.LastCounts.Reused;
            compared += cache.LastCounts.Compared;
            steps++;
        }

        // Most units survive a save, so most diffs were kept; every save compared something again.
        Assert.True(reused > 2 * compared, $"{reused} units reused, {compared} compared");
        Assert.True(compared >= steps, $"{compared} units compared in {steps} steps");
    }

    [Fact]
    public void A_unit_is_compared_again_only_when_one_of_its_versions_changed()
    {
        var toolchain = TestToolchain.Create();
        var baseline = toolchain.Layout.Render(toolchain.Loader.Load(new DirectoryPolicyTree(RepositoryPaths.SampleBaseline)));
        var draft = toolchain.Layout.Render(toolchain.Loader.Load(new DirectoryPolicyTree(RepositoryPaths.SamplePolicy)));
        var cache = new UnitDiffCache();
        new LayoutDiffer(cache).Compare(baseline, draft);
        var units = cache.LastCounts.Compared;
        Assert.Equal(0, cache.LastCounts.Reused);

        // The same text laid out again (new objects, equal values): nothing is compared again.
        var again = toolchain.Layout.Render(toolchain.Loader.Load(new DirectoryPolicyTree(RepositoryPaths.SamplePolicy)));
        new LayoutDiffer(cache).Compare(baseline, again);
        Assert.Equal((units, 0), cache.LastCounts);

        // One paragraph's words changed: only its unit is compared again.
        var edited = again with { Blocks = [.. again.Blocks.Select(EditFirstClause(again))] };
        new LayoutDiffer(cache).Compare(baseline, edited);
        Assert.Equal((units - 1, 1), cache.LastCounts);
    }

    /// <summary>The first clause's first paragraph with one more word.</summary>
    private static Func<LayoutBlock, LayoutBlock> EditFirstClause(LayoutDocument layout)
    {
        var first = layout.Blocks.OfType<LayoutParagraph>().First(p => p.UnitKey.StartsWith("clause:", StringComparison.Ordinal));
        return block => ReferenceEquals(block, first) ? first with { Runs = [.. first.Runs, new LayoutRun(" Amended.")] } : block;
    }


    private static (byte[] Docx, byte[] Json) Marked(
        Toolchain toolchain, (PolicyBuild.Model.Policy Policy, LayoutDocument Layout) baseline, (PolicyBuild.Model.Policy Policy, LayoutDocument Layout) draft, LayoutDiffer differ)
    {
        var redline = differ.Compare(baseline.Layout, draft.Layout);
        var changes = ChangeSetBuilder.Build(baseline.Policy, draft.Policy, redline);
        var marked = MarkedDocument.Compose(redline, changes, redline.Document.Info);
        return (toolchain.Writer.Write(marked, Revisions), ChangeSetJson.Serialize(changes));
    }
}
