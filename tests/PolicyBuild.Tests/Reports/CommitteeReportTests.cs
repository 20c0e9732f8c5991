using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Reports;

/// <summary>The committee report and pack of the sample's 2021 item, built from templates and the change model.</summary>
public class CommitteeReportTests
{
    private const string MarkedAppendix = "Appendix 1 – Draft new Officers' Social Media Policy (Marked to show revisions)";

    private static readonly Lazy<PolicyBuildResult> Sample = new(() => Build(RepositoryPaths.SamplePolicy));

    [Fact]
    public void The_report_text_matches_the_approved_text()
    {
        Approvals.Verify("Reports", "sample-report", string.Join("\n", DocxText.Paragraphs(Output("report"))) + "\n");
    }

    [Fact]
    public void Part_3_lists_the_changes_computed_by_the_redline_and_the_appendix_list_names_the_marked_appendix()
    {
        var text = DocxText.Paragraphs(Output("report"));
        var part3 = text.SkipWhile(p => p != "PART 3 – SUPPORTING INFORMATION").ToList();
        Assert.Contains("Addition of 5.14, 6.10, 6.11 and 6.13", part3);
        Assert.Contains("Amendment of 1.2, 3.1, 3.2, 3.4, 5.12, 7.2, 7.4, 7.5 and 7.10", part3);
        Assert.Contains("Removal of section 8 (Review of this policy)", part3);
        Assert.Equal(MarkedAppendix, part3.SkipWhile(p => p != "Appendices").ElementAt(1));
    }

    [Fact]
    public void The_report_has_the_heading_block_and_the_three_parts_as_headings()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Output("report")), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        Assert.Equal("HUMAN RESOURCES AND COUNCIL TAX COMMITTEE", paragraphs[0].InnerText);
        Assert.Contains(paragraphs, p => p.InnerText == "A.1 SOCIAL MEDIA POLICY" && Style(p) == "ReportTitle");
        var parts = paragraphs.Where(p => Style(p) == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["PART 1 – KEY INFORMATION", "PART 2 – IMPLICATIONS OF THE DECISION", "PART 3 – SUPPORTING INFORMATION"], parts);
        Assert.Contains(paragraphs, p => Style(p) == "Heading2" && p.InnerText == "Recommendation(s)");
        var lettered = paragraphs.Where(p => p.ParagraphProperties?.NumberingProperties is not null && p.InnerText.Contains("Assistant Director (Partnerships)")).ToList();
        Assert.Single(lettered);
    }

    [Fact]
    public void The_pack_is_the_report_then_the_marked_appendix_on_a_new_page_with_its_tracked_changes()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Output("pack")), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var heading = body.Elements<Paragraph>().Single(p => p.InnerText == MarkedAppendix && Style(p) == "Heading1");
        Assert.NotNull(heading.ParagraphProperties!.PageBreakBefore);
        var afterHeading = body.Elements<Paragraph>().SkipWhile(p => p != heading).ToList();
        Assert.Contains(afterHeading, p => p.InnerText.StartsWith("5.14", StringComparison.Ordinal) && p.Descendants<InsertedRun>().Any());
        Assert.Empty(body.Elements<Paragraph>().TakeWhile(p => p != heading).SelectMany(p => p.Descendants<InsertedRun>()));
        var contents = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "TOC1").Select(p => p.InnerText).ToList();
        Assert.Equal(MarkedAppendix, contents[^1]);
    }

    [Fact]
    public void Report_and_pack_validate_and_build_byte_identically_twice()
    {
        PackageValidation.AssertValid(Output("report"));
        PackageValidation.AssertValid(Output("pack"));
        var again = Build(RepositoryPaths.SamplePolicy);
        Assert.Equal(Output("pack"), again.Outputs.Single(o => o.Kind == "pack").Content);
    }

    [Fact]
    public void A_clause_added_to_the_draft_changes_the_summary_without_editing_the_report()
    {
        using var temp = new TempDirectory();
        var policy = DirectoryCopy.Copy(RepositoryPaths.SamplePolicy, temp.Combine("social-media"));
        File.WriteAllText(Path.Combine(policy, "50-personal-use", "175-leaving-groups.md"), "Staff who leave a work group chat should do so politely.\n");

        var report = DocxText.Paragraphs(Build(policy).Outputs.Single(o => o.Kind == "report").Content);

        Assert.Contains("Addition of 5.14, 5.18, 6.10, 6.11 and 6.13", report);
        Assert.DoesNotContain("Addition of 5.14, 6.10, 6.11 and 6.13", report);
    }

    [Fact]
    public void A_missing_required_part_is_an_error_at_report_yml_and_names_the_file_to_write()
    {
        using var temp = new TempDirectory();
        var policy = DirectoryCopy.Copy(RepositoryPaths.SamplePolicy, temp.Combine("social-media"));
        File.Delete(Path.Combine(policy, "reports", "2021-07-hr", "legal.md"));

        var error = Assert.Throws<PolicyBuildException>(() => Build(policy));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.EndsWith("reports/2021-07-hr/report.yml", diagnostic.Location.File);
        Assert.Equal(7, diagnostic.Location.Line);
        Assert.Contains("missing part 'legal'", diagnostic.Message);
        Assert.Contains("legal.md", diagnostic.Message);
    }

    [Fact]
    public void An_unknown_part_file_is_an_error()
    {
        using var temp = new TempDirectory();
        var policy = DirectoryCopy.Copy(RepositoryPaths.SamplePolicy, temp.Combine("social-media"));
        File.WriteAllText(Path.Combine(policy, "reports", "2021-07-hr", "notes.md"), "stray\n");

        var error = Assert.Throws<PolicyBuildException>(() => Build(policy));

        Assert.Contains(error.Diagnostics, d => d.Location.File.EndsWith("notes.md", StringComparison.Ordinal) && d.Message.Contains("not a part"));
    }

    [Fact]
    public void An_undefined_variable_in_the_report_template_is_a_located_template_error()
    {
        using var temp = new TempDirectory();
        var templates = DirectoryCopy.Copy(RepositoryPaths.Templates, temp.Combine("templates"));
        var template = Path.Combine(templates, "committee-report", "report.sbn");
        File.WriteAllText(template, File.ReadAllText(template).Replace("{{ report.parts.legal }}", "{{ report.parts.legal }}\n\n{{ report.no_such_thing }}"));

        var error = Assert.Throws<PolicyBuildException>(() => Build(RepositoryPaths.SamplePolicy, templates));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.EndsWith("committee-report/report.sbn", diagnostic.Location.File);
        Assert.True(diagnostic.Location.Line > 1);
        Assert.Contains("no_such_thing", diagnostic.Message);
    }

    private static byte[] Output(string kind) => Sample.Value.Outputs.Single(o => o.Kind == kind).Content;

    private static string? Style(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static PolicyBuildResult Build(string policy, string? templates = null) =>
        new PolicyPackBuilder(new Toolchain(new PolicyBuild.Templates.TemplateSet(templates ?? RepositoryPaths.Templates)))
            .Build(policy, new BuildOptions(Path.Combine(Path.GetTempPath(), "unused"), Author: "Test", Date: new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero)));
}
