using System.Security.Cryptography;
using PolicyBuild.Tests.Cli;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Safety;

/// <summary>
/// Two versions (A and B) of one policy — same short-name, a baseline and a committee report item,
/// so each build writes five files — and the set each writes, built once on its own: the fault
/// tests compare an output folder with these to tell a whole set from a mixed one.
/// </summary>
public sealed class VersionedPolicy : IDisposable
{
    public const string Name = "test-policy";

    private readonly TempDirectory _temp = new();

    public VersionedPolicy()
    {
        A = Write("a", "Staff must be polite.", "2.0");
        B = Write("b", "Staff must be polite and patient at all times.", "3.0");
        SetA = Built(A, "ref-a");
        SetB = Built(B, "ref-b");
        Assert.Equal(5, SetA.Count);
        Assert.NotEqual(SetA, SetB);
    }

    public string A { get; }

    public string B { get; }

    /// <summary>File name → SHA-256 of the set version A writes.</summary>
    public IReadOnlyDictionary<string, string> SetA { get; }

    public IReadOnlyDictionary<string, string> SetB { get; }

    public string Combine(params string[] parts) => _temp.Combine(parts);

    public string[] BuildArgs(string policy, string outRoot) =>
        ["build", policy, "--out", outRoot, "--templates", RepositoryPaths.Templates, "--quiet"];

    /// <summary>Which whole set the folder holds: "A", "B", "none" (no folder), or "mixed" with what it holds.</summary>
    public string Identify(string outRoot)
    {
        var folder = Path.Combine(outRoot, Name);
        if (!Directory.Exists(folder))
        {
            return "none";
        }

        var set = Hashes(folder);
        return Same(set, SetA) ? "A" : Same(set, SetB) ? "B" : $"mixed: {string.Join(", ", set.Keys)}";
    }

    /// <summary>Staging or set-aside folders a run left beside the output folder.</summary>
    public static IReadOnlyList<string> Leftovers(string outRoot) =>
        Directory.Exists(outRoot)
            ? Directory.GetDirectories(outRoot, $".{Name}.*").Select(Path.GetFileName).OfType<string>().ToList()
            : [];

    public void Dispose() => _temp.Dispose();

    private string Write(string folder, string conduct, string version)
    {
        var metadata = TestPolicy.Metadata(version: version, extra: "baseline: baselines/v1");
        var policy = new TestPolicy().WithMetadata(metadata)
            .Section("intro", "Introduction", ("purpose", "This policy sets out the rules."))
            .Section("rules", "Rules", ("conduct", conduct))
            .WriteTo(_temp.Combine(folder));
        new TestPolicy().Section("intro", "Introduction", ("purpose", "This policy set out the rules.")).WriteTo(Path.Combine(policy, "baselines", "v1"));
        DirectoryCopy.Copy(Path.Combine(RepositoryPaths.SamplePolicy, "reports", "2021-07-hr"), Path.Combine(policy, "reports", "2021-07-hr"));
        return policy;
    }

    private Dictionary<string, string> Built(string policy, string outFolder)
    {
        var run = CliRun.Of(BuildArgs(policy, _temp.Combine(outFolder)));
        Assert.True(run.ExitCode == 0, run.ToString());
        return Hashes(_temp.Combine(outFolder, Name));
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFileSystemEntries(folder).ToDictionary(f => Path.GetFileName(f), f => Directory.Exists(f) ? "folder" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);
}
