using PolicyBuild.Authoring;
using PolicyBuild.Layout;
using PolicyBuild.Publishing;
using PolicyBuild.RedlineHarness.Editing;
using PolicyBuild.RedlineHarness.Generation;
using PolicyBuild.RedlineHarness.Model;
using PolicyBuild.RedlineHarness.Writing;

namespace PolicyBuild.Tests.TestSupport;

/// <summary>A generated pair as watch sees it, save by save, for the tests of what watch keeps between rebuilds.</summary>
public static class SaveReplay
{
    /// <summary>
    /// The baseline and draft after each save: the pair's edit script applied one edit at a time, then the
    /// finished draft adopted as the new baseline, then the old text brought back.
    /// </summary>
    public static IEnumerable<(GenPolicy Baseline, GenPolicy Draft)> Versions(GenPair pair) =>
        Enumerable.Range(0, pair.Edits.Length + 1)
            .Select(k => (pair.Baseline, PolicyEditor.Apply(pair.Baseline, pair.Edits.Take(k)).Draft))
            .Append((pair.Draft, pair.Draft))
            .Append((pair.Draft, pair.Baseline));

    /// <summary>
    /// Every save of the pairs of seeds 1 to <paramref name="seeds"/> in turn, each version written under
    /// <paramref name="temp"/>, loaded and laid out; <c>Step</c> names it for a failure's message.
    /// </summary>
    public static IEnumerable<(string Step, (PolicyBuild.Model.Policy Policy, LayoutDocument Layout) Baseline, (PolicyBuild.Model.Policy Policy, LayoutDocument Layout) Draft)> Saves(
        Toolchain toolchain, TempDirectory temp, ulong seeds)
    {
        var step = 0;
        for (var seed = 1UL; seed <= seeds; seed++)
        {
            foreach (var (baseline, draft) in Versions(PairGen.FromSeed(seed)))
            {
                yield return ($"seed {seed}, step {step}", Layout(toolchain, baseline, temp.Combine($"b{step}")), Layout(toolchain, draft, temp.Combine($"d{step}")));
                step++;
            }
        }
    }

    /// <summary>A generated policy written to <paramref name="folder"/>, loaded and laid out.</summary>
    public static (PolicyBuild.Model.Policy Policy, LayoutDocument Layout) Layout(Toolchain toolchain, GenPolicy policy, string folder)
    {
        var loaded = toolchain.Loader.Load(new DirectoryPolicyTree(PolicyFolderWriter.Write(policy, folder)));
        return (loaded, toolchain.Layout.Render(loaded));
    }
}
