using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Rendering.Docx;

/// <summary>The sample's clean Word document: valid, deterministic, structured as a policy should be.</summary>
public class SamplePolicyDocumentTests
{
    private static readonly Lazy<(byte[] Draft, byte[] Baseline, byte[] Marked, PolicyBuild.Diff.ChangeSet Changes)> Sample =
        new(() => TestToolchain.BuildPair(RepositoryPaths.SampleBaseline, RepositoryPaths.SamplePolicy));

    [Fact]
    public void Every_package_of_the_sample_validates_without_errors()
    {
        PackageValidation.AssertValid(Sample.Value.Draft);
        PackageValidation.AssertValid(Sample.Value.Baseline);
        PackageValidation.AssertValid(Sample.Value.Marked);
    }

    [Fact]
    public void Building_twice_gives_byte_identical_files()
    {
        var again = TestToolchain.BuildPair(RepositoryPaths.SampleBaseline, RepositoryPaths.SamplePolicy);
        Assert.Equal(Sample.Value.Draft, again.Draft);
        Assert.Equal(Sample.Value.Marked, again.Marked);
    }

    [Theory]
    [InlineData("5.12", "Staff should generally avoid adding business contacts")]
    [InlineData("5.14", "Personal social media accounts must never be used to look into")]
    [InlineData("6.10", "")]
    [InlineData("6.11", "")]
    [InlineData("6.13", "Corporate accounts must not be used to carry out investigations")]
    public void Draft_clauses_land_on_the_numbers_the_report_names(string number, string start)
    {
        var paragraphs = DocxText.Paragraphs(Sample.Value.Draft);
        var clause = paragraphs.Single(p => p.StartsWith(number + "\t", StringComparison.Ordinal));
        Assert.StartsWith(number + "\t" + start, clause);
    }

    [Fact]
    public void Clause_numbers_are_runs_of_their_own_in_the_number_style()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Sample.Value.Draft), false);
        var clause = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .First(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Clause");
        var first = clause.Elements<Run>().First();
        Assert.Equal("ClauseNumber", first.RunProperties?.RunStyle?.Val?.Value);
        Assert.Equal("1.1", first.InnerText);
        Assert.NotNull(clause.Elements<Run>().ElementAt(1).GetFirstChild<TabChar>());
    }

    [Fact]
    public void Sections_are_heading_1_with_bookmarks_and_cross_references_link_to_them()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Sample.Value.Draft), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").ToList();
        Assert.Equal(7, headings.Count);
        Assert.Equal("5\tPersonal use of social media", TextOf(headings[4]));
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        Assert.Contains("c_personal_use", bookmarks);
        var anchors = body.Descendants<Hyperlink>().Where(h => h.Anchor is not null).Select(h => h.Anchor!.Value!).ToList();
        Assert.NotEmpty(anchors);
        Assert.All(anchors, a => Assert.Contains(a, bookmarks));
        Assert.Contains(body.Descendants<Hyperlink>(), h => h.InnerText == "clause 4.7");
    }

    [Fact]
    public void Lists_are_real_word_lists_and_lettered_lists_restart_per_clause()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Sample.Value.Draft), false);
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var lettered = numbering.Elements<AbstractNum>().Where(a => a.Elements<Level>().First().NumberingFormat!.Val! == NumberFormatValues.LowerLetter).ToList();
        Assert.NotEmpty(lettered);
        Assert.All(lettered, a => Assert.Equal("(%1)", a.Elements<Level>().First().LevelText!.Val!.Value));
        var listParagraphs = document.MainDocumentPart.Document!.Body!.Descendants<NumberingProperties>().ToList();
        Assert.True(listParagraphs.Count > 10);
        var instances = numbering.Elements<NumberingInstance>().ToList();
        Assert.True(instances.Count >= 7);
        Assert.All(instances, i => Assert.Equal(1, i.Elements<LevelOverride>().First().StartOverrideNumberingValue!.Val!.Value));
        // Each list has a definition of its own, so no list can continue another's count.
        Assert.Equal(instances.Count, instances.Select(i => i.AbstractNumId!.Val!.Value).Distinct().Count());
    }

    [Fact]
    public void Tables_have_a_repeating_header_row()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Sample.Value.Draft), false);
        var tables = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.All(tables, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.Null(tables[1].Elements<TableRow>().ElementAt(1).TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal("Role", TextOf(tables[1].Elements<TableRow>().First().Elements<TableCell>().First()));
    }

    [Fact]
    public void Header_footer_properties_and_draft_marking_come_from_policy_yml()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Sample.Value.Draft), false);
        var header = document.MainDocumentPart!.HeaderParts.Single().Header!.InnerText;
        Assert.Contains("Officers' Social Media Policy", header);
        Assert.Contains("DRAFT", header);
        var footer = document.MainDocumentPart.FooterParts.Single().Footer!;
        Assert.Contains("Version 2.0", footer.InnerText);
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!));
        Assert.Equal("Officers' Social Media Policy", document.PackageProperties.Title);
        Assert.Equal("en-GB", document.PackageProperties.Language);
        Assert.StartsWith("Assistant Director (Partnerships)", document.PackageProperties.Creator);
        var languages = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!;
        Assert.Equal("en-GB", languages.Val!.Value);
        var baseline = WordprocessingDocument.Open(new MemoryStream(Sample.Value.Baseline), false);
        Assert.DoesNotContain("DRAFT", baseline.MainDocumentPart!.HeaderParts.Single().Header!.InnerText);
    }

    [Fact]
    public void The_contents_lists_every_section_with_a_page_reference_to_its_heading()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Sample.Value.Draft), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var entries = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "TOC1").ToList();
        Assert.Equal(7, entries.Count);
        Assert.Equal("7\tProcesses for corporate accounts\t", TextOf(entries[^1])); // the tab to the page number
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        foreach (var entry in entries)
        {
            var anchor = entry.Elements<Hyperlink>().Single().Anchor!.Value!;
            var field = Assert.Single(entry.Descendants<FieldCode>()).Text;
            Assert.Equal($" PAGEREF {anchor} \\h ", field);
            Assert.Contains(anchor, bookmarks);
        }
    }

    [Fact]
    public void The_document_text_matches_the_approved_text()
    {
        Approvals.Verify("Rendering/Docx", "sample-policy", string.Join("\n", DocxText.Paragraphs(Sample.Value.Draft)) + "\n");
    }

    private static string TextOf(DocumentFormat.OpenXml.OpenXmlElement element) =>
        string.Concat(element.Descendants().Select(e => e switch { Text t => t.Text, TabChar => "\t", _ => "" }));
}
