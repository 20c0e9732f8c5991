using PolicyBuild.Diff;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.RedlineHarness.LibreOffice;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Diff;

/// <summary>
/// A 10,000-clause policy is built whole: its last clause is in the clean and the marked
/// documents, and the change model reports the true changes, not removals of clauses a cut
/// template output lost.
/// </summary>
public class LargePolicyRedlineTests
{
    private const int Sections = 20;
    private const int ClausesPerSection = 500;

    [Fact]
    public void A_10000_clause_policy_is_complete_and_its_changes_are_the_true_ones()
    {
        using var temp = new TempDirectory();
        var baseline = Write(temp.Combine("baseline"), lastText: "The last clause of the policy, as adopted.", extra: false);
        var draft = Write(temp.Combine("draft"), lastText: "The last clause of the policy, as revised.", extra: true);

        var built = TestToolchain.BuildPair(baseline, draft);

        Assert.Contains($"{Sections}.{ClausesPerSection}\tThe last clause of the policy, as revised.", DocxText.Paragraphs(built.Draft));
        Assert.Contains($"{Sections}.{ClausesPerSection + 1}\tA clause added at the very end.", DocxText.Paragraphs(built.Draft));
        var accepted = DocxText.Paragraphs(built.Marked, RevisionView.Accept);
        Assert.Equal(DocxText.Paragraphs(built.Draft), accepted);
        Assert.Equal(DocxText.Paragraphs(built.Baseline), DocxText.Paragraphs(built.Marked, RevisionView.Reject));
        Assert.Equal(Sections * ClausesPerSection + 1, accepted.Count(p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^\d+\.\d+\t")));
        Assert.Equal(
            [(ChangeKind.Amended, $"{Sections}.{ClausesPerSection}"), (ChangeKind.Added, $"{Sections}.{ClausesPerSection + 1}")],
            built.Changes.Clauses.Select(c => (c.Kind, c.NewNumber!)));
    }

    private static string Write(string directory, string lastText, bool extra)
    {
        var policy = new TestPolicy();
        for (var s = 1; s <= Sections; s++)
        {
            var clauses = Enumerable.Range(1, ClausesPerSection)
                .Select(c => ($"rule-{s}-{c}", s == Sections && c == ClausesPerSection
                    ? lastText
                    : $"Clause {c} of section {s}: staff must follow the rules that apply to their work."))
                .ToList();
            if (extra && s == Sections)
            {
                clauses.Add(("added-at-the-end", "A clause added at the very end."));
            }

            policy.Section($"part-{s}", $"Part {s}", [.. clauses]);
        }

        return policy.WriteTo(directory);
    }
}
