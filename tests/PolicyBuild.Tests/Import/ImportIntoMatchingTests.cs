using PolicyBuild.Tests.Cli;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Import;

/// <summary>How <c>import --into</c> matches: a clause that moved section keeps its file (moved into its new section), a reworded one is kept but reported unsure, and an unrelated text is new.</summary>
public class ImportIntoMatchingTests
{
    private const string Reuse = "Staff may reuse council equipment at home only when their manager agrees in writing first.";
    private const string Notice = "Staff give four weeks notice before they change their working pattern or their place of work.";

    [Fact]
    public void A_moved_clause_keeps_its_file_in_its_new_section_and_a_reworded_one_is_unsure()
    {
        using var temp = new TempDirectory();
        var v1 = new WordDocumentBuilder().Heading("1 Purpose").Para("1.1 This policy explains how staff may work from home.").Para("1.2 " + Reuse)
            .Heading("2 Rules").Para("2.1 " + Notice).Para("2.2 Staff keep council papers locked away when they are not working on them.").Build();
        var v2 = new WordDocumentBuilder().Heading("1 Purpose").Para("1.1 This policy explains how staff may work from home.")
            .Heading("2 Rules").Para("2.1 " + Notice).Para("2.2 " + Reuse)
            .Para("2.3 Staff keep council papers in a locked drawer whenever they are away from their desk.").Build();
        var folder = temp.Combine("home");
        File.WriteAllBytes(temp.Combine("v1.docx"), v1);
        File.WriteAllBytes(temp.Combine("v2.docx"), v2);
        Assert.True(CliRun.Of("import", temp.Combine("v1.docx"), "--to", folder).ExitCode == 0);

        var run = CliRun.Of("import", temp.Combine("v2.docx"), "--into", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"moved {folder}/10-purpose/20-staff-may-reuse-council-equipment-at.md → {folder}/20-rules/15-staff-may-reuse-council-equipment-at.md", run.Output);
        Assert.Contains("unsure: 2.3 → 20-rules/20-staff-keep-council-papers-locked-away.md (was 2.2; text 57% alike)", run.Output);
        Assert.Contains("20-rules/20-staff-keep-council-papers-locked-away.md:1:1: warning: matched with clause 2.2 of the folder, but unsure", run.Error);
        var policy = TestToolchain.Load(folder);
        Assert.Equal(["this-policy-explains-how-staff-may", "staff-give-four-weeks-notice-before", "staff-may-reuse-council-equipment-at", "staff-keep-council-papers-locked-away"],
            policy.Sections.SelectMany(s => s.Clauses).Select(c => c.Id));
        Assert.False(File.Exists(Path.Combine(folder, "10-purpose", "20-staff-may-reuse-council-equipment-at.md")));
    }
}
