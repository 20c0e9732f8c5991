using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Cli;

/// <summary>Renumbering changes file names only: every built document is byte-identical before and after.</summary>
public class RenumberOutputTests
{
    private static readonly string Templates = RepositoryPaths.Templates;

    [Fact]
    public void The_sample_built_before_and_after_renumbering_gives_byte_identical_files()
    {
        using var temp = new TempDirectory();
        var dir = DirectoryCopy.Copy(RepositoryPaths.SamplePolicy, temp.Combine("social-media"));
        var renamed = Unevenly(dir);

        var before = CliRun.Of("build", dir, "--out", temp.Combine("before"), "--templates", Templates);
        var renumber = CliRun.Of("renumber", dir);
        var after = CliRun.Of("build", dir, "--out", temp.Combine("after"), "--templates", Templates);

        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.True(renumber.ExitCode == 0, renumber.ToString());
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Contains($"renumbered {renamed} files and folders", renumber.Output);
        var files = Directory.GetFiles(temp.Combine("before", "social-media")).Select(f => Path.GetRelativePath(temp.Combine("before"), f)).Order().ToList();
        Assert.Equal(5, files.Count); // policy, marked revisions, changes.json, report, pack
        Assert.Equal(files, Directory.GetFiles(temp.Combine("after", "social-media")).Select(f => Path.GetRelativePath(temp.Combine("after"), f)).Order());
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(temp.Combine("before"), file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(temp.Combine("after"), file))),
                $"{file} differs after renumbering");
        }

        // And the names are the sample's own again: it was numbered 10, 20, 30… to begin with.
        Assert.Equal(Fragments(RepositoryPaths.SamplePolicy), Fragments(dir));
    }

    /// <summary>Gives every section and clause an odd or decimal prefix in the same order; returns how many were renamed.</summary>
    private static int Unevenly(string policy)
    {
        var count = 0;
        var sections = Ordered(Directory.GetDirectories(policy).Select(Path.GetFileName).OfType<string>().Where(d => d is not ("baselines" or "reports")));
        foreach (var (section, i) in sections.Select((s, i) => (s, i)))
        {
            var folder = Path.Combine(policy, section);
            var clauses = Ordered(Directory.GetFiles(folder, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(f => f != "_section"));
            foreach (var (clause, j) in clauses.Select((c, j) => (c, j)))
            {
                File.Move(Path.Combine(folder, clause + ".md"), Path.Combine(folder, $"{(j * 5) + 2}.5-{Slug(clause)}.md"));
                count++;
            }

            Directory.Move(folder, Path.Combine(policy, $"{(i * 3) + 1}-{Slug(section)}"));
            count++;
        }

        return count;
    }

    private static List<string> Ordered(IEnumerable<string> names) =>
        names.OrderBy(n => decimal.Parse(n[..n.IndexOf('-')], System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static string Slug(string name) => name[(name.IndexOf('-') + 1)..];

    private static List<string> Fragments(string policy) =>
        Directory.GetFiles(policy, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(policy, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("baselines/", StringComparison.Ordinal) && !f.StartsWith("reports/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
}
