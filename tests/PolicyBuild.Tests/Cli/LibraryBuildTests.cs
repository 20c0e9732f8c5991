using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Cli;

/// <summary>
/// Many policies in one <c>build</c> are built in parallel, yet the run reads as one in order: the same
/// bytes as building each alone, lines in the order the policies were named, and the first failing
/// policy's errors only (by position, whichever finishes first), with nothing written.
/// </summary>
public class LibraryBuildTests
{
    private static string Templates => RepositoryPaths.Templates;

    [Fact]
    public void A_library_in_one_run_writes_what_each_policy_built_alone_writes_and_prints_in_the_given_order()
    {
        using var temp = new TempDirectory();
        var policies = Enumerable.Range(0, 6).Select(i => Policy(temp, i, broken: false)).ToArray();

        var together = CliRun.Of(["build", .. policies, "--out", temp.Combine("together"), "--templates", Templates]);

        Assert.True(together.ExitCode == 0, together.ToString());
        var building = together.Output.Split('\n').Where(l => l.StartsWith("building ", StringComparison.Ordinal)).ToList();
        Assert.Equal(policies.Select((p, i) => $"building {DisplayPath(p)} ({i + 1}/{policies.Length})"), building);
        var wrote = together.Output.Split('\n').Where(l => l.StartsWith("wrote ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).ToList();
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"policy-{i}"), wrote.Select(w => w.Split('/')[^2]));
        foreach (var (policy, i) in policies.Select((p, i) => (p, i)))
        {
            var alone = CliRun.Of("build", policy, "--out", temp.Combine("alone"), "--templates", Templates);
            Assert.True(alone.ExitCode == 0, alone.ToString());
            var file = Path.Combine($"policy-{i}", $"policy-{i}.docx");
            Assert.Equal(File.ReadAllBytes(temp.Combine("alone", file)), File.ReadAllBytes(temp.Combine("together", file)));
        }
    }

    [Fact]
    public void When_several_policies_fail_only_the_first_ones_errors_are_printed_and_nothing_is_written()
    {
        using var temp = new TempDirectory();
        // The first failing policy is large and slow, the later one small and quick: order, not time, decides.
        var policies = new[] { Policy(temp, 0, broken: false), Policy(temp, 1, broken: true, clauses: 300), Policy(temp, 2, broken: false), Policy(temp, 3, broken: true) };

        var run = CliRun.Of(["build", .. policies, "--out", temp.Combine("out"), "--templates", Templates]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("p1/10-intro/10-c0.md:1:5: error: unknown cross-reference '#missing-1'", run.Error.Replace('\\', '/'));
        Assert.DoesNotContain("missing-3", run.Error);
        Assert.Contains("build failed: nothing was written", run.Output + run.Error);
        Assert.False(Directory.Exists(temp.Combine("out")) && Directory.EnumerateFileSystemEntries(temp.Combine("out"), "*.docx", SearchOption.AllDirectories).Any());
    }

    private static string Policy(TempDirectory temp, int index, bool broken, int clauses = 5)
    {
        var texts = Enumerable.Range(0, clauses)
            .Select(c => ($"c{c}", c == 0 && broken ? $"See [](#missing-{index})." : $"Clause {c} of policy {index}."))
            .ToArray();
        return new TestPolicy()
            .WithMetadata(TestPolicy.Metadata().Replace("short-name: test-policy", $"short-name: policy-{index}"))
            .Section("intro", "Introduction", texts)
            .WriteTo(temp.Combine($"p{index}"));
    }

    private static string DisplayPath(string path) => PolicyBuild.Diagnostics.DisplayPath.Of(path);
}
