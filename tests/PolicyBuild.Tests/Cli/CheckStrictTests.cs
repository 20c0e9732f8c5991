using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Cli;

/// <summary><c>check --strict</c> and <c>--today</c>: warnings become errors; the date must be YYYY-MM-DD.</summary>
public class CheckStrictTests
{
    private const string BeforeReview = "2021-01-14";

    [Fact]
    public void Strict_makes_the_warnings_errors_and_exits_1()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "See 1.1.")).WriteTo(temp.Combine("p"));

        var lenient = CliRun.Of("check", dir, "--today", BeforeReview);
        var strict = CliRun.Of("check", dir, "--today", BeforeReview, "--strict");

        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.Contains("ok: ", lenient.Output);
        Assert.Contains(", 1 warning", lenient.Output);
        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.Matches(@"(?m)^.*p/10-intro/10-purpose\.md:1:1: error: 'See 1\.1' types a clause number", strict.Error);
        Assert.DoesNotContain("warning:", strict.Error);
        Assert.DoesNotContain("ok: ", strict.Output);
    }

    [Fact]
    public void A_malformed_today_is_a_usage_error()
    {
        var run = CliRun.Of("check", RepositoryPaths.SamplePolicy, "--today", "tomorrow");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--today must be written YYYY-MM-DD, not 'tomorrow'", run.Error);
    }
}
