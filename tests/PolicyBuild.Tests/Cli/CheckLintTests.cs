using System.Text.RegularExpressions;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Cli;

/// <summary><c>check</c>'s reviewer warnings: each located file:line:col, and <c>--strict</c> making them errors.</summary>
public class CheckLintTests
{
    /// <summary>The review date of <see cref="TestPolicy.Metadata"/> is 2021-01-15; checked the day before it, it has not passed.</summary>
    private const string BeforeReview = "2021-01-14";

    [Fact]
    public void A_clean_policy_checks_with_no_warnings()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "Purpose."), ("scope", "See [](#purpose).")).WriteTo(temp.Combine("p"));

        var run = CliRun.Of("check", dir, "--today", BeforeReview, "--strict");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Error);
    }

    [Theory]
    [InlineData("2021-01-15", false)]
    [InlineData("2021-01-16", true)]
    public void A_review_date_before_today_is_a_warning_at_review_next(string today, bool warns)
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "Purpose.")).WriteTo(temp.Combine("p"));

        var run = CliRun.Of("check", dir, "--today", today);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(warns, run.Error.Contains("p/policy.yml:13:9: warning: review date 2021-01-15 has passed (today is 2021-01-16)", StringComparison.Ordinal));
    }

    [Fact]
    public void An_id_that_differs_from_its_file_slug_is_a_warning_at_the_id_line()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "---\nid: aims\n---\nPurpose."), ("same", "---\nid: same\n---\nText.")).WriteTo(temp.Combine("p"));

        var run = CliRun.Of("check", dir, "--today", BeforeReview);

        AssertWarnings(run, "p/10-intro/10-purpose.md:2:5: warning: clause id 'aims' differs from its file slug 'purpose'");
    }

    [Fact]
    public void An_empty_section_is_a_warning_at_its_section_file()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "Purpose.")).Section("later", "To follow").WriteTo(temp.Combine("p"));

        var run = CliRun.Of("check", dir, "--today", BeforeReview);

        AssertWarnings(run, "p/20-later/_section.md:1:1: warning: section 2 'To follow' has no clauses");
    }

    [Theory]
    [InlineData(250, false)]
    [InlineData(251, true)]
    public void A_clause_over_250_words_is_a_warning_at_its_first_line(int words, bool warns)
    {
        using var temp = new TempDirectory();
        var text = string.Join(' ', Enumerable.Repeat("word", words)) + " [](#purpose) - *";
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "Purpose."), ("long", text)).WriteTo(temp.Combine("p"));

        var run = CliRun.Of("check", dir, "--today", BeforeReview);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(warns, run.Error.Contains("p/10-intro/20-long.md:1:1: warning: clause 1.2 is 251 words long (more than 250)", StringComparison.Ordinal));
    }

    [Fact]
    public void Typed_clause_numbers_are_warnings_at_their_column_suggesting_the_id()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "Purpose."), ("scope", "Follow clause 1.1 always;\nsee 2.3 and then Paragraph 1.1 too.\nVersion 2.0 and `see 1.1` are fine."))
            .WriteTo(temp.Combine("p"));

        var run = CliRun.Of("check", dir, "--today", BeforeReview);

        AssertWarnings(run,
            "p/10-intro/20-scope.md:1:8: warning: 'clause 1.1' types a clause number: write a cross-reference such as [](#purpose)",
            "p/10-intro/20-scope.md:2:1: warning: 'see 2.3' types a clause number: write a cross-reference such as [](#id)",
            "p/10-intro/20-scope.md:2:18: warning: 'Paragraph 1.1' types a clause number");
    }

    [Fact]
    public void Typed_numbers_are_read_from_the_markdown_tree_so_code_is_never_a_reference()
    {
        using var temp = new TempDirectory();
        const string body = "Quoted: `` see clause 1.1 `` and ``see `1.1` too``.\n\n    see 1.1 in an indented code block\n\n"
            + "~~~\nsee 1.1 fenced\n~~~\n\nBut see *clause* 1.1 is one.\n\n| Rule | Where |\n| --- | --- |\n| Badges | clause 1.1 |\n";
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "Purpose."), ("code", body)).WriteTo(temp.Combine("p"));

        var run = CliRun.Of("check", dir, "--today", BeforeReview);

        AssertWarnings(run,
            "p/10-intro/20-code.md:9:5: warning: 'see clause 1.1' types a clause number: write a cross-reference such as [](#purpose)",
            "p/10-intro/20-code.md:13:12: warning: 'clause 1.1' types a clause number");
    }

    [Fact]
    public void A_relative_link_to_a_missing_file_is_a_warning_at_the_link()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "Use [the form](form.docx), [web](https://example.org/x.pdf)\nand [the guide](guides/missing.pdf#p2)."))
            .WriteTo(temp.Combine("p"));
        File.WriteAllText(Path.Combine(dir, "10-intro", "form.docx"), "not really a form");

        var run = CliRun.Of("check", dir, "--today", BeforeReview);

        AssertWarnings(run, "p/10-intro/10-purpose.md:2:5: warning: link to 'guides/missing.pdf#p2' points at a file that does not exist");
    }

    [Fact]
    public void Warnings_after_front_matter_count_lines_from_the_top_of_the_file()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "---\ntitle: Purpose\n---\n\nSee 1.1 and [x](nope.md).")).WriteTo(temp.Combine("p"));

        var run = CliRun.Of("check", dir, "--today", BeforeReview);

        AssertWarnings(run,
            "p/10-intro/10-purpose.md:5:1: warning: 'See 1.1' types a clause number",
            "p/10-intro/10-purpose.md:5:13: warning: link to 'nope.md' points at a file that does not exist");
    }

    /// <summary>Exit 0 and exactly these warnings (each a prefix of one line of standard error), in this order.</summary>
    private static void AssertWarnings(CliRun run, params string[] expected)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == expected.Length, run.ToString());
        foreach (var (line, prefix) in lines.Zip(expected))
        {
            Assert.True(Regex.IsMatch(line, "^(.*/)?" + Regex.Escape(prefix)), $"expected '{prefix}' in:\n{run}");
        }
    }
}
