using System.Diagnostics;
using CsCheck;
using PolicyBuild.Publishing;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.RedlineHarness.Generation;
using PolicyBuild.RedlineHarness.Judging;
using PolicyBuild.RedlineHarness.LibreOffice;
using PolicyBuild.RedlineHarness.Writing;
using PolicyBuild.Templates;

// The redline soak: any number of generated pairs judged by one LibreOffice session.
//   dotnet run -c Release --project bench/PolicyBuild.Soak -- [--pairs 2000] [--from 1] [--seeds 3012,3111] [--minutes 60] [--shrink] [--keep]
// --keep leaves each pair's folders and documents in ./soak-pairs. Prints pairs tried, exact, and failures by shape; each failure with its seed, so
// `--from SEED --pairs 1` replays it, and with --shrink CsCheck's smallest failing pair.
var pairs = Option("--pairs", 2000);
var from = (ulong)Option("--from", 1);
var minutes = Option("--minutes", 60);
// --seeds replays the listed seeds instead of a range (failures collected by an earlier soak).
var chosenSeeds = Array.IndexOf(args, "--seeds") is var at and >= 0 && at + 1 < args.Length
    ? args[at + 1].Split(',').Select(ulong.Parse).ToList()
    : Enumerable.Range(0, pairs).Select(i => from + (ulong)i).ToList();
var shrink = args.Contains("--shrink");
var keep = args.Contains("--keep");

var templates = TemplateSet.Locate(null, Directory.GetCurrentDirectory());
var scratch = keep ? Path.GetFullPath("soak-pairs") : Path.Combine(Path.GetTempPath(), $"policybuild-soak-{Environment.ProcessId}");
await using var session = await LibreOfficeReader.StartAsync(TimeSpan.FromSeconds(120));
var runner = new PairRunner(new RedlineJudge(new Toolchain(templates), session), scratch, keep);
Console.WriteLine($"soak: {chosenSeeds.Count} pairs from seed {chosenSeeds[0]}, at most {minutes} min, {session.Version}");

var clock = Stopwatch.StartNew();
var tried = 0;
var exact = 0;
var failuresByShape = new SortedDictionary<string, List<ulong>>(StringComparer.Ordinal);
foreach (var seed in chosenSeeds.TakeWhile(_ => clock.Elapsed.TotalMinutes < minutes))
{
    var pair = PairGen.FromSeed(seed);
    var verdict = await runner.RunAsync(pair, $"seed-{seed}");
    tried++;
    if (verdict.Exact)
    {
        exact++;
    }
    else
    {
        (failuresByShape.TryGetValue(pair.Shape, out var list) ? list : failuresByShape[pair.Shape] = []).Add(seed);
        Console.WriteLine($"FAIL seed {seed}: {pair}\n  {verdict.ToString().Replace("\n", "\n  ")}");
    }

    if (tried % 100 == 0)
    {
        Console.WriteLine($"... {tried} tried, {exact} exact, {clock.Elapsed.TotalSeconds:F0} s");
    }
}

Console.WriteLine($"pairs tried: {tried}, exact: {exact}, failed: {tried - exact}, in {clock.Elapsed.TotalSeconds:F0} s ({clock.Elapsed.TotalMilliseconds / Math.Max(1, tried):F0} ms a pair)");
foreach (var (shape, seeds) in failuresByShape.OrderByDescending(f => f.Value.Count))
{
    Console.WriteLine($"  {seeds.Count,4} {shape}: seeds {string.Join(", ", seeds.Take(10))}");
}

if (shrink && failuresByShape.Count > 0)
{
    // CsCheck keeps sampling from the first failing seed and reports the smallest pair that still fails.
    var first = failuresByShape.Values.SelectMany(s => s).Min();
    var index = 0;
    try
    {
        await PairGen.Pair.SampleAsync(async pair =>
        {
            var verdict = await runner.RunAsync(pair, $"shrink-{index++}");
            if (!verdict.Exact)
            {
                throw new InvalidOperationException(verdict.ToString());
            }
        }, seed: new PCG(1, first).ToString(), iter: Option("--shrink-iter", 300), threads: 1, print: p => p + "\n" + Describe(p));
    }
    catch (Exception ex)
    {
        Console.WriteLine($"shrunk from seed {first}:\n{ex.Message}");
    }
}

return failuresByShape.Count == 0 ? 0 : 1;

int Option(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;

static string Describe(GenPair pair) => PairText.Describe(pair);
