using PolicyBuild.RedlineHarness.Generation;
using PolicyBuild.RedlineHarness.Judging;
using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Diff;

/// <summary>
/// A fixed set of generated policy pairs (random policies and random edit scripts: see
/// PolicyBuild.RedlineHarness), each judged with no tolerance by LibreOffice and our own reader.
/// The same seeds every run, so a failure here is reproducible with
/// <c>dotnet run --project bench/PolicyBuild.Soak -- --from SEED --pairs 1 --keep</c>; the soak runs
/// any number of further seeds.
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public class GenerativeRedlineTests(LibreOfficeFixture libreOffice)
{
    public const int Pairs = 150;

    [Fact]
    public async Task Every_generated_pair_accepts_to_its_draft_and_rejects_to_its_baseline()
    {
        using var temp = new TempDirectory();
        var runner = new PairRunner(new RedlineJudge(TestToolchain.Create(), libreOffice.Session), temp.Path);
        var failures = new List<string>();
        for (var seed = 1UL; seed <= Pairs; seed++)
        {
            var pair = PairGen.FromSeed(seed);
            var verdict = await runner.RunAsync(pair, $"seed-{seed}");
            if (!verdict.Exact)
            {
                failures.Add($"seed {seed} ({pair}):\n  {verdict.ToString().Replace("\n", "\n  ")}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {Pairs} pairs failed:\n{string.Join("\n", failures)}");
    }

    [Fact]
    public void The_same_seed_always_gives_the_same_pair()
    {
        Assert.Equal(PairGen.FromSeed(42).ToString(), PairGen.FromSeed(42).ToString());
        Assert.Equal(RedlineHarness.Writing.PairText.Describe(PairGen.FromSeed(42)), RedlineHarness.Writing.PairText.Describe(PairGen.FromSeed(42)));
        Assert.NotEqual(RedlineHarness.Writing.PairText.Describe(PairGen.FromSeed(42)), RedlineHarness.Writing.PairText.Describe(PairGen.FromSeed(43)));
    }
}
