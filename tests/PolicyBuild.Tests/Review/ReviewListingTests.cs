using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Tests.Cli;
using PolicyBuild.Tests.Import;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Review;

/// <summary>
/// <c>review</c> without <c>--accept</c>: every tracked change listed at the fragment file and line it
/// falls in, with author and date; a change in the title block is reported as not placed, never guessed
/// into a clause; a marked document's own redline is not the reviewer's; nothing is written.
/// </summary>
public class ReviewListingTests
{
    private static readonly DateTime When = new(2026, 11, 30, 14, 5, 0, DateTimeKind.Utc);

    [Fact]
    public void Changes_are_listed_by_file_and_line_and_a_title_block_change_is_not_placed()
    {
        using var temp = new TempDirectory();
        var policy = DirectoryCopy.Copy(RepositoryPaths.SamplePolicy, temp.Combine("social-media"));
        var reviewed = temp.Combine("reviewed.docx");
        File.WriteAllBytes(reviewed, Edited(ImportHarness.BuildDocx(policy),
            ("Officers' Social Media Policy", " (revised)"),
            ("Professional networking sites that are geared towards a work profile", " and kept up to date")));
        var before = Directory.GetFiles(policy, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

        var run = CliRun.Of("review", reviewed, "--policy", policy);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"{policy}/50-personal-use/120-business-contacts.md:1: inserted: “and kept up to date” (Legal Team, 2026-11-30 14:05)", run.Output);
        Assert.Contains($"{reviewed}:1:1: warning: inserted: “(revised)” (Legal Team, 2026-11-30 14:05) is in the title block, contents or report, before the policy's first section: not placed in any fragment", run.Error);
        Assert.Contains("reviewed " + reviewed + ": 2 tracked changes, 0 comments, 1 not placed", run.Output);
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllText(f.Key)));
    }

    [Fact]
    public void The_line_is_the_paragraph_of_the_clause_the_change_is_in()
    {
        using var temp = new TempDirectory();
        var policy = DirectoryCopy.Copy(RepositoryPaths.SamplePolicy, temp.Combine("social-media"));
        // 5.9 is an intro line and four list items: the third item is on line 5 of its file.
        var reviewed = temp.Combine("reviewed.docx");
        File.WriteAllBytes(reviewed, Edited(ImportHarness.BuildDocx(policy), ("photographs that show their ID badge", " (amended)")));

        var run = CliRun.Of("review", reviewed, "--policy", policy);

        Assert.Contains($"{policy}/50-personal-use/90-personal-safety.md:5: inserted: “(amended)”", run.Output);
    }

    [Fact]
    public void In_a_clause_that_starts_with_a_list_the_number_paragraph_is_no_line_of_the_file()
    {
        using var temp = new TempDirectory();
        var policy = DirectoryCopy.Copy(RepositoryPaths.SamplePolicy, temp.Combine("social-media"));
        var file = Path.Combine(policy, "50-personal-use", "90-personal-safety.md");
        File.WriteAllText(file, string.Join('\n', File.ReadAllText(file).Split('\n').SkipWhile(l => !l.StartsWith("- ", StringComparison.Ordinal))));
        var reviewed = temp.Combine("reviewed.docx");
        File.WriteAllBytes(reviewed, Edited(ImportHarness.BuildDocx(policy), ("photographs that show their ID badge", " (amended)")));

        var run = CliRun.Of("review", reviewed, "--policy", policy);

        Assert.Contains($"{policy}/50-personal-use/90-personal-safety.md:3: inserted: “(amended)”", run.Output);
    }

    [Fact]
    public void A_marked_documents_own_redline_is_not_listed_as_the_reviewers()
    {
        using var temp = new TempDirectory();
        var policy = DirectoryCopy.Copy(RepositoryPaths.SamplePolicy, temp.Combine("social-media"));
        var build = CliRun.Of("build", policy, "--out", temp.Combine("out"));
        Assert.True(build.ExitCode == 0, build.ToString());
        var marked = temp.Combine("out", "social-media", "social-media-marked-revisions.docx");
        var reviewed = temp.Combine("reviewed.docx");
        File.WriteAllBytes(reviewed, Edited(File.ReadAllBytes(marked), ("Professional networking sites that are geared towards a work profile", " and kept up to date")));

        var run = CliRun.Of("review", reviewed, "--policy", policy);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"{policy}/50-personal-use/120-business-contacts.md:1: inserted: “and kept up to date” (Legal Team, 2026-11-30 14:05)", run.Output);
        Assert.Matches(@"reviewed .*: 1 tracked changes, 0 comments, 0 not placed; \d+ changes of the redline itself not listed", run.Output);
    }

    [Fact]
    public void A_reviewed_pack_writes_only_the_clause_it_touched_and_leaves_the_report_change_to_the_author()
    {
        using var temp = new TempDirectory();
        var policy = DirectoryCopy.Copy(RepositoryPaths.SamplePolicy, temp.Combine("social-media"));
        Assert.True(CliRun.Of("build", policy, "--out", temp.Combine("out")).ExitCode == 0);
        var pack = File.ReadAllBytes(temp.Combine("out", "social-media", "2021-07-hr-pack.docx"));
        var reviewed = temp.Combine("pack-reviewed.docx");
        File.WriteAllBytes(reviewed, Edited(pack, ("This report", " (checked by HR)"), ("Professional networking sites that are geared towards a work profile", " and kept up to date")));
        var before = Directory.GetFiles(policy, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

        var run = CliRun.Of("review", reviewed, "--policy", policy, "--accept");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("inserted: “(checked by HR)” (Legal Team, 2026-11-30 14:05) is in the title block, contents or report", run.Error);
        var changed = before.Keys.Where(f => File.ReadAllText(f) != before[f]).Select(f => Path.GetRelativePath(policy, f).Replace('\\', '/')).ToList();
        Assert.Equal(["50-personal-use/120-business-contacts.md"], changed);
        Assert.EndsWith("can benefit the Council and kept up to date.\n", File.ReadAllText(Path.Combine(policy, "50-personal-use", "120-business-contacts.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_not_built_from_the_policy_is_an_error()
    {
        using var temp = new TempDirectory();
        var other = temp.Combine("other.docx");
        File.WriteAllBytes(other, new WordDocumentBuilder().Heading("1 Rules").Para("1.1 Some rule.").Build());

        var run = CliRun.Of("review", other, "--policy", RepositoryPaths.SamplePolicy);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("none of the clauses of", run.Error);
    }

    /// <summary>The document with a tracked insertion, by "Legal Team", after the first run of each paragraph that starts with the given text.</summary>
    internal static byte[] Edited(byte[] docx, params (string Paragraph, string Inserted)[] edits)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var id = 900;
            foreach (var (start, inserted) in edits)
            {
                var paragraph = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().First(p => p.InnerText.Contains(start, StringComparison.Ordinal));
                var anchor = paragraph.Descendants<Run>().First(r => r.InnerText.Contains(start, StringComparison.Ordinal) || start.Contains(r.InnerText.Trim(), StringComparison.Ordinal) && r.InnerText.Trim().Length > 3);
                anchor.InsertAfterSelf(new InsertedRun(new Run(new Text(inserted) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))
                {
                    Id = (id++).ToString(System.Globalization.CultureInfo.InvariantCulture), Author = "Legal Team", Date = When,
                });
            }
        }

        return stream.ToArray();
    }
}
