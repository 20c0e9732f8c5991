using System.Text.RegularExpressions;
using PolicyBuild.Cli;
using PolicyBuild.Diff;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Diff;

/// <summary>The change summary says what a person would: a moved section once, no move of a clause to its own number, every change counted.</summary>
public partial class ChangeSummaryTests
{
    private static readonly (string, string)[] Intro = [("purpose", "This policy explains the rules."), ("scope", "It applies to all staff.")];
    private static readonly (string, string)[] Rules = [("polite", "Be polite."), ("secrets", "Keep secrets."), ("report", "Report concerns."), ("records", "Keep records.")];
    private static readonly (string, string)[] Training = [("induction", "New staff attend an induction."), ("refresher", "Everyone takes a yearly refresher.")];

    [Fact]
    public void A_moved_section_is_one_move_and_its_clauses_only_follow_it()
    {
        var changes = Changes(
            new TestPolicy().Section("intro", "Introduction", Intro).Section("rules", "Rules", Rules).Section("training", "Training", Training),
            new TestPolicy().Section("intro", "Introduction", Intro).Section("training", "Training", Training).Section("rules", "Rules", Rules));

        var texts = changes.Summary.Select(s => s.Text).ToList();
        Assert.Single(texts, t => t.StartsWith("Move of", StringComparison.Ordinal));
        Assert.True(texts.Contains("Move of section 3 (Training) to section 2") || texts.Contains("Move of section 2 (Rules) to section 3"), string.Join("\n", texts));
        Assert.DoesNotContain(changes.Clauses, c => c.Kind == ChangeKind.Moved);
    }

    [Fact]
    public void Swapped_neighbours_never_read_as_a_move_to_the_same_number()
    {
        var changes = Changes(
            new TestPolicy().Section("intro", "Introduction", Intro).Section("rules", "Rules", Rules),
            new TestPolicy().Section("intro", "Introduction", Intro).Section("rules", "Rules", Rules[0], Rules[2], Rules[1], Rules[3]));

        var moves = changes.Summary.Where(s => s.Kind == "moved").Select(s => s.Text).ToList();
        Assert.Single(moves);
        Assert.DoesNotMatch(SameNumberMove(), moves[0]);
        Assert.Matches(@"^Move of 2\.[23] to 2\.[23]$", moves[0]);
    }

    [Fact]
    public void A_changed_section_introduction_is_counted_and_summarised()
    {
        var changes = Changes(
            new TestPolicy().Section("intro", "Introduction", Intro).SectionWithIntro("rules", "Rules", "These rules apply at work.", Rules),
            new TestPolicy().Section("intro", "Introduction", Intro).SectionWithIntro("rules", "Rules", "These rules apply at work and online.", Rules));
        var output = new StringWriter();

        ChangeReport.Print(changes, new Reporter(output, TextWriter.Null));

        Assert.Contains("Amendment of the introduction to section 2 (Rules)", changes.Summary.Select(s => s.Text));
        Assert.Contains("changes since version 1.0: 1 section amended", output.ToString());
    }

    private static ChangeSet Changes(TestPolicy baseline, TestPolicy draft)
    {
        using var temp = new TempDirectory();
        return TestToolchain.BuildPair(baseline.WriteTo(temp.Combine("baseline")), draft.WriteTo(temp.Combine("draft"))).Changes;
    }

    [GeneratedRegex(@"^Move of (\S+) to \1\b")]
    private static partial Regex SameNumberMove();
}
