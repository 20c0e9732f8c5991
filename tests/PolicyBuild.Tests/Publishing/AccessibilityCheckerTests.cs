using PolicyBuild.Diagnostics;
using PolicyBuild.Layout;
using PolicyBuild.Publishing.Accessibility;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Tests.TestSupport;
using static PolicyBuild.Tests.Publishing.LayoutSamples;

namespace PolicyBuild.Tests.Publishing;

/// <summary>Each accessibility rule on small hand-made layouts, and the sample policy passing all of them.</summary>
public sealed class AccessibilityCheckerTests
{
    private readonly AccessibilityChecker _checker = new();

    [Fact]
    public void Skipped_heading_level_is_an_error_located_at_the_clause()
    {
        var document = Document(
            Section("intro", "1", "Introduction"),
            Clause("purpose", "1.1", new LayoutRun("Why.")),
            Heading(UnitKeys.Clause("purpose"), 3, "Detail"));

        var finding = Assert.Single(_checker.Check(document));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("clause 1.1", finding.Place);
        Assert.Contains("heading level 3 follows level 1", finding.Message);
    }

    [Fact]
    public void First_heading_below_level_1_is_an_error()
    {
        var finding = Assert.Single(_checker.Check(Document(Heading(UnitKeys.Frame("Heading2#1"), 2, "Background"))));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("heading \"Background\"", finding.Place);
        Assert.Contains("first heading is level 2", finding.Message);
    }

    [Fact]
    public void Headings_going_back_up_any_number_of_levels_are_fine()
    {
        var document = Document(
            Heading(UnitKeys.Frame("a"), 1, "Part 1"),
            Heading(UnitKeys.Frame("b"), 2, "Purpose"),
            Heading(UnitKeys.Frame("c"), 3, "Detail"),
            Heading(UnitKeys.Frame("d"), 1, "Part 2"));

        Assert.Empty(_checker.Check(document));
    }

    [Fact]
    public void Table_without_a_header_row_is_an_error_under_its_heading()
    {
        var document = Document(
            Section("roles", "3", "Roles"),
            Table(UnitKeys.Clause("summary"), header: false, ["Role", "Duty"], ["Manager", "Approves"]));

        var finding = Assert.Single(_checker.Check(document));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("clause 'summary'", finding.Place);
        Assert.Contains("no header row", finding.Message);
    }

    [Fact]
    public void Table_with_a_header_row_passes_and_an_empty_column_heading_is_a_warning()
    {
        Assert.Empty(_checker.Check(Document(Table(UnitKeys.Frame("table#1"), header: true, ["Item", "Detail"], ["Version", "1.0"]))));

        var finding = Assert.Single(_checker.Check(Document(Table(UnitKeys.Frame("table#1"), header: true, ["", "Detail"], ["Version", "1.0"]))));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("title block", finding.Place);
        Assert.Contains("column 1 has an empty heading", finding.Message);
    }

    [Fact]
    public void Bare_url_link_text_is_a_warning()
    {
        var document = Document(
            Section("general", "4", "General"),
            Clause("other", "4.7", new LayoutRun("See "), Link("https://www.example.gov.uk/policies", "https://www.example.gov.uk/policies"), new LayoutRun(".")));

        var finding = Assert.Single(_checker.Check(document));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("clause 4.7", finding.Place);
        Assert.Contains("bare address", finding.Message);
    }

    [Theory]
    [InlineData("click here")]
    [InlineData("here")]
    [InlineData("Click here.")]
    [InlineData("read more")]
    public void Vague_link_text_is_an_error(string text)
    {
        var document = Document(Clause("other", "4.7", new LayoutRun("For the rules "), Link(text, "https://example.gov.uk/rules")));

        var finding = Assert.Single(_checker.Check(document));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("clause 4.7", finding.Place);
        Assert.Contains("does not say where the link goes", finding.Message);
    }

    [Fact]
    public void Descriptive_links_email_addresses_and_cross_references_pass()
    {
        var document = Document(Clause("other", "4.7",
            Link("the Data Protection Policy", "https://example.gov.uk/dp"),
            new LayoutRun(" or "),
            Link("comms@example.gov.uk", "mailto:comms@example.gov.uk"),
            new LayoutRun(" and "),
            Link("clause ", "#business-contacts"),
            new LayoutRun("5.12", Kind: RunKind.ReferenceNumber, Link: "#business-contacts")));

        Assert.Empty(_checker.Check(document));
    }

    [Fact]
    public void Missing_title_and_language_are_errors()
    {
        var findings = _checker.Check(Document(Info with { Title = " ", Language = "" }));

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.All(findings, f => Assert.Null(f.Place));
        Assert.Contains(findings, f => f.Message.StartsWith("document has no title", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.StartsWith("document has no language", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_language_is_an_error()
    {
        var finding = Assert.Single(_checker.Check(Document(Info with { Language = "English (UK)" })));

        Assert.Contains("not a language tag", finding.Message);
    }

    [Fact]
    public void Draft_must_say_DRAFT_in_its_text_not_only_in_the_header()
    {
        var draft = Info with { IsDraft = true };

        var finding = Assert.Single(_checker.Check(Document(draft, Body(UnitKeys.Frame("Title#1"), new LayoutRun("Test Policy")))));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("not marked DRAFT", finding.Message);

        Assert.Empty(_checker.Check(Document(draft, Body(UnitKeys.Frame("DraftNotice#1"), new LayoutRun("DRAFT for consideration")))));
    }

    [Fact]
    public void Findings_of_a_built_document_name_its_docx()
    {
        var layout = Document(Table(UnitKeys.Clause("summary"), header: false, ["A", "B"]));
        var built = new BuiltDocument(new OutputFile(Path.Combine("output", "x", "x.docx"), OutputKinds.Policy, []), layout);

        var issue = Assert.Single(_checker.Check(built));

        Assert.StartsWith("output/x/x.docx: clause 'summary': error: table has no header row", issue.ToString());
    }

    [Fact]
    public void Sample_policy_and_its_redline_pass_every_rule()
    {
        var toolchain = TestToolchain.Create();
        var result = new PolicyBuild.Publishing.PolicyPackBuilder(toolchain)
            .Build(RepositoryPaths.SamplePolicy, new BuildOptions(Path.Combine(Path.GetTempPath(), "unused")));

        foreach (var document in result.Documents)
        {
            Assert.Empty(_checker.Check(document));
        }

        Assert.NotNull(result.Marked);
        Assert.Equal(4, result.Documents.Count);
    }
}
