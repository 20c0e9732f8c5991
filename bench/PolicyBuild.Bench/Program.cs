using System.Diagnostics;
using PolicyBuild.Authoring;
using PolicyBuild.Bench;
using PolicyBuild.Diff;
using PolicyBuild.Publishing;
using PolicyBuild.Rendering.Docx;
using PolicyBuild.Templates;

// Times the redline on synthetic policies: dotnet run -c Release --project bench/PolicyBuild.Bench [-- 1000 3000]
// Or only writes the synthetic pairs, for bench/run.sh to time the CLI on: ... -- generate <folder> 1000 3000
// or a library of policies, each with its baseline inside: ... -- generate-library <folder> <policies> <clauses>
if (args is ["generate-library", var libraryFolder, var policyCount, var clauseCount])
{
    var policies = SyntheticPolicy.WriteLibrary(libraryFolder, int.Parse(policyCount), int.Parse(clauseCount));
    Console.WriteLine($"wrote {policies.Count} policies of {clauseCount} clauses under {libraryFolder}");
    return;
}

if (args is ["generate", var folder, .. var counts])
{
    foreach (var count in counts.Select(int.Parse))
    {
        var (baselineDir, draftDir) = SyntheticPolicy.Write(folder, count);
        Console.WriteLine($"wrote {draftDir} and its baseline {baselineDir}");
    }

    return;
}

var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : [1000, 3000];
const int Runs = 7;
var root = Path.Combine(Path.GetTempPath(), "policybuild-bench");
var templates = TemplateSet.Locate(null, Directory.GetCurrentDirectory());
var revisions = new RevisionContext("Bench", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
var results = new Dictionary<int, Dictionary<string, double>>();

Console.WriteLine($"{"clauses",8} {"load x2",9} {"layout x2",10} {"diff",8} {"write",8} {"redline",9} {"clean",8}   (median of {Runs} runs, ms)");
foreach (var size in sizes)
{
    var (baselineDir, draftDir) = SyntheticPolicy.Write(root, size);
    var timings = new Dictionary<string, List<double>>();
    for (var run = 0; run <= Runs; run++)
    {
        var toolchain = new Toolchain(templates);
        var watch = Stopwatch.StartNew();
        var step = Stopwatch.StartNew();
        var baseline = toolchain.Loader.Load(new DirectoryPolicyTree(baselineDir));
        var draft = toolchain.Loader.Load(new DirectoryPolicyTree(draftDir));
        var load = step.Elapsed.TotalMilliseconds;
        step.Restart();
        var baselineLayout = toolchain.Layout.Render(baseline);
        var draftLayout = toolchain.Layout.Render(draft);
        var layout = step.Elapsed.TotalMilliseconds;
        step.Restart();
        var redline = new LayoutDiffer().Compare(baselineLayout, draftLayout);
        ChangeSetJson.Serialize(ChangeSetBuilder.Build(baseline, draft, redline));
        var diff = step.Elapsed.TotalMilliseconds;
        step.Restart();
        var marked = toolchain.Writer.Write(redline.Document, revisions);
        var write = step.Elapsed.TotalMilliseconds;
        var total = watch.Elapsed.TotalMilliseconds;
        step.Restart();
        toolchain.Writer.Write(draftLayout);
        var clean = step.Elapsed.TotalMilliseconds + load / 2 + layout / 2;
        if (run == 0)
        {
            // The warm-up pays JIT and first-use costs, as every CLI run does: show them, don't count them.
            Console.WriteLine($"{$"{size} cold",8} {load,9:F1} {layout,10:F1} {diff,8:F1} {write,8:F1} {total,9:F1} {clean,8:F1}");
            continue;
        }

        foreach (var (name, value) in new[] { ("load", load), ("layout", layout), ("diff", diff), ("write", write), ("redline", total), ("clean", clean) })
        {
            (timings.TryGetValue(name, out var list) ? list : timings[name] = []).Add(value);
        }

        GC.KeepAlive(marked);
    }

    var medians = timings.ToDictionary(t => t.Key, t => t.Value.Order().ElementAt(t.Value.Count / 2));
    results[size] = medians;
    Console.WriteLine($"{size,8} {medians["load"],9:F1} {medians["layout"],10:F1} {medians["diff"],8:F1} {medians["write"],8:F1} {medians["redline"],9:F1} {medians["clean"],8:F1}");
}

if (results.Count >= 2)
{
    var (small, large) = (results.Keys.Min(), results.Keys.Max());
    Console.WriteLine($"redline {large}/{small} ratio: {results[large]["redline"] / results[small]["redline"]:F2} (target <= 3.5 for 3000/1000)");
}

Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
