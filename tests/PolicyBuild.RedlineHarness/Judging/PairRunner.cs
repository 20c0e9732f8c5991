using PolicyBuild.RedlineHarness.Generation;
using PolicyBuild.RedlineHarness.Writing;

namespace PolicyBuild.RedlineHarness.Judging;

/// <summary>Writes a generated pair as two policy folders under a scratch folder and judges it.</summary>
/// <param name="keep">Leave the folders and documents in place (to look at a failure).</param>
public sealed class PairRunner(RedlineJudge judge, string scratch, bool keep = false)
{
    public async Task<Verdict> RunAsync(GenPair pair, string name)
    {
        var root = Path.Combine(scratch, name);
        try
        {
            var baseline = PolicyFolderWriter.Write(pair.Baseline, Path.Combine(root, "baseline"));
            var draft = PolicyFolderWriter.Write(pair.Draft, Path.Combine(root, "draft"));
            return await judge.JudgeAsync(baseline, draft, Path.Combine(root, "out"));
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
