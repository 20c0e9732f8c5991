using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Cli;

/// <summary><c>policybuild init</c>: a scaffold that builds at once, reproducible, and never over an existing folder.</summary>
public class InitCommandTests
{
    private static readonly string Templates = RepositoryPaths.Templates;

    [Fact]
    public void Init_writes_the_scaffold_and_it_builds_at_once()
    {
        using var temp = new TempDirectory();

        var init = CliRun.Of("init", "waste-collection", "--in", temp.Combine("policy-src"));
        var build = CliRun.Of("build", temp.Combine("policy-src", "waste-collection"), "--out", temp.Combine("out"), "--templates", Templates);

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
        var policy = Path.Combine("policy-src", "waste-collection");
        Assert.Equal(
            [
                Path.Combine(policy, "10-introduction", "10-purpose.md"), Path.Combine(policy, "10-introduction", "_section.md"),
                Path.Combine(policy, "policy.yml"), Path.Combine(policy, "reports", "README.md"),
            ],
            temp.Files().Where(f => f.StartsWith("policy-src", StringComparison.Ordinal)));
        var docx = File.ReadAllBytes(temp.Combine("out", "waste-collection", "waste-collection.docx"));
        Assert.Contains(DocxText.Paragraphs(docx), p => p.StartsWith("1.1\tThis policy sets out", StringComparison.Ordinal));
        Assert.Contains(DocxText.Paragraphs(docx), p => p.Contains("Waste Collection Policy", StringComparison.Ordinal));
        Assert.Contains("report item", File.ReadAllText(temp.Combine(policy, "reports", "README.md")));
        Assert.Contains("placeholders (2000-01-01)", init.Output);
    }

    [Fact]
    public void The_scaffold_uses_placeholder_dates_never_today_so_two_runs_write_the_same_bytes()
    {
        using var temp = new TempDirectory();

        CliRun.Of("init", "same", "--in", temp.Combine("a"));
        CliRun.Of("init", "same", "--in", temp.Combine("b"));

        var yaml = File.ReadAllText(temp.Combine("a", "same", "policy.yml"));
        Assert.Contains("date: 2000-01-01", yaml);
        Assert.Contains("next: 2003-01-01", yaml);
        Assert.DoesNotContain(DateTime.Now.ToString("yyyy-MM-dd"), yaml);
        foreach (var file in Directory.GetFiles(temp.Combine("a", "same"), "*", SearchOption.AllDirectories))
        {
            var twin = temp.Combine("b", "same", Path.GetRelativePath(temp.Combine("a", "same"), file));
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(twin));
        }
    }

    [Fact]
    public void Init_with_date_writes_that_adoption_date_and_a_review_three_years_on()
    {
        using var temp = new TempDirectory();

        var run = CliRun.Of("init", "dated", "--in", temp.Path, "--date", "2025-04-01");
        var check = CliRun.Of("check", temp.Combine("dated"), "--today", "2025-04-01");

        Assert.True(run.ExitCode == 0, run.ToString());
        var yaml = File.ReadAllText(temp.Combine("dated", "policy.yml"));
        Assert.Contains("  date: 2025-04-01", yaml);
        Assert.Contains("  next: 2028-04-01", yaml);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal(string.Empty, check.Error);
    }

    [Fact]
    public void Init_refuses_an_existing_folder_with_exit_2_and_leaves_it_alone()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("taken"));
        File.WriteAllText(temp.Combine("taken", "notes.txt"), "mine");

        var run = CliRun.Of("init", "taken", "--in", temp.Path);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("taken:1:1: error: already exists: init never overwrites", run.Error);
        Assert.Equal([Path.Combine("taken", "notes.txt")], temp.Files());
        Assert.Equal("mine", File.ReadAllText(temp.Combine("taken", "notes.txt")));
    }

    [Theory]
    [InlineData("Waste_Policy")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    public void Init_with_a_name_that_is_not_a_slug_exits_2_and_writes_nothing(string name)
    {
        using var temp = new TempDirectory();

        var run = CliRun.Of("init", name, "--in", temp.Path);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(temp.Files());
    }

    [Fact]
    public void Init_with_a_malformed_date_exits_2()
    {
        using var temp = new TempDirectory();

        var run = CliRun.Of("init", "x", "--in", temp.Path, "--date", "1/4/2025");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--date must be written YYYY-MM-DD, not '1/4/2025'", run.Error);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public void Init_json_lists_the_files_it_wrote()
    {
        using var temp = new TempDirectory();

        var run = CliRun.Of("init", "listed", "--in", temp.Path, "--json");

        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
        var outputs = json.RootElement.GetProperty("outputs").EnumerateArray().ToList();
        Assert.Equal(4, outputs.Count);
        Assert.All(outputs, o => Assert.Equal("scaffold", o.GetProperty("kind").GetString()));
        var yml = outputs.Single(o => o.GetProperty("path").GetString()!.EndsWith("/policy.yml", StringComparison.Ordinal));
        Assert.Equal(new FileInfo(temp.Combine("listed", "policy.yml")).Length, yml.GetProperty("bytes").GetInt64());
    }
}
