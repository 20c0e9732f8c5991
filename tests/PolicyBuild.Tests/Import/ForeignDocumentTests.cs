using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Tests.TestSupport;
using static PolicyBuild.Tests.Import.WordDocumentBuilder;

namespace PolicyBuild.Tests.Import;

/// <summary>
/// A Word document not made by PolicyBuild: a typical hand-made council policy with Heading 1
/// sections, typed "1.1" numbers, a bold clause title, real bullets, a table, a footnote and
/// typed references. The import must load with our loader, with the expected numbers, ids,
/// lists, table and cross-references, and report what it could not map.
/// </summary>
public class ForeignDocumentTests
{
    [Fact]
    public void A_hand_made_policy_imports_into_fragments_that_load_and_build()
    {
        using var temp = new TempDirectory();
        var docx = HomeWorkingPolicy();
        PackageValidation.AssertValid(docx);

        var (result, folder) = ImportHarness.Import(temp, docx, "home-working");

        var policy = TestToolchain.Load(folder);
        Assert.Equal("Home Working Policy", policy.Metadata.Title);
        Assert.Equal(["introduction", "working-at-home", "equipment"], policy.Sections.Select(s => s.Id));
        Assert.Equal(["Introduction", "Working at home", "Equipment"], policy.Sections.Select(s => s.Title));
        Assert.Equal(["1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2"], policy.Clauses.Select(c => c.Number));
        Assert.Equal(
            ["this-policy-explains-how-staff-may", "it-applies-to-all-employees-see", "eligibility", "managers-must-record-each-arrangement-in", "staff-must-follow-the-rules-in", "the-council-provides", "see-section-2-and-clause-2"],
            policy.Clauses.Select(c => c.Id));
        Assert.Equal(["10-introduction/10-this-policy-explains-how-staff-may.md", "20-working-at-home/10-eligibility.md"],
            result.Files.Where(f => f.EndsWith("may.md", StringComparison.Ordinal) || f.EndsWith("eligibility.md", StringComparison.Ordinal)));
        Assert.NotEmpty(ImportHarness.BuildDocx(folder));
    }

    [Fact]
    public void Titles_lists_tables_footnotes_links_and_typed_references_become_markdown()
    {
        using var temp = new TempDirectory();

        var (_, folder) = ImportHarness.Import(temp, HomeWorkingPolicy(), "home-working");

        Assert.Equal("It applies to all employees. See [](#eligibility) for who may ask.\n", ImportHarness.Read(folder, "10-introduction/20-it-applies-to-all-employees-see.md"));
        Assert.Equal(
            "---\ntitle: \"Eligibility\"\n---\nStaff who have **passed probation** may ask to work at home.[^1] Managers consider:\n\n" +
            "- the needs of the service;\n- the member of staff's role; and\n- the equipment needed.\n\n" +
            "Decisions are recorded *in writing*.\n\n[^1]: Probation normally lasts six months.\n",
            ImportHarness.Read(folder, "20-working-at-home/10-eligibility.md"));
        Assert.Equal(
            "Managers must record each arrangement in the table below:\n\n| Arrangement | Review |\n| --- | --- |\n| Full-time at home | Every six months |\n| Hybrid | Annually |\n",
            ImportHarness.Read(folder, "20-working-at-home/20-managers-must-record-each-arrangement-in.md"));
        Assert.Equal("The Council provides:\n\na. a laptop;\nb. a headset; and\nc. a chair where needed.\n", ImportHarness.Read(folder, "30-equipment/10-the-council-provides.md"));
        Assert.Equal(
            "See [](#working-at-home) and [](#managers-must-record-each-arrangement-in) for more, and read [the intranet guidance](https://intranet.anytown.gov.uk/home-working).\n",
            ImportHarness.Read(folder, "30-equipment/20-see-section-2-and-clause-2.md"));
        Assert.Equal("# Working at home\n\nThis section covers who may work at home.\n", ImportHarness.Read(folder, "20-working-at-home/_section.md"));
    }

    [Fact]
    public void Policy_yml_takes_the_document_information_and_reports_every_guess()
    {
        using var temp = new TempDirectory();

        var (result, folder) = ImportHarness.Import(temp, HomeWorkingPolicy(), "home-working");

        var metadata = TestToolchain.Load(folder).Metadata;
        Assert.Equal(("home-working", "3.1", "Head of Human Resources", "People Services"), (metadata.ShortName, metadata.Version, metadata.Owner.Role, metadata.Owner.Service));
        Assert.Equal(("Personnel Committee", new DateOnly(2019, 3, 12), "en-GB"), (metadata.Adoption.Committee, metadata.Adoption.Date, metadata.Language));
        var yamlNotes = result.Notes.Where(n => n.File == "policy.yml").Select(n => n.Message).ToList();
        Assert.Equal(3, yamlNotes.Count);
        Assert.StartsWith("'status' not found in the document — fill it in (written as 'adopted'", yamlNotes[0]);
        Assert.StartsWith("'review.cycle' not found in the document — fill it in (written as 'every three years'", yamlNotes[1]);
        Assert.StartsWith("'review.next' not found in the document — fill it in (written as '2022-03-12'", yamlNotes[2]);
        Assert.Contains("review:\n  cycle: \"every three years\"  # not found in the document: fill it in\n", ImportHarness.Read(folder, "policy.yml"));
        Assert.Equal(7, result.Notes.First(n => n.Message.StartsWith("'status'", StringComparison.Ordinal)).Line);
    }

    [Fact]
    public void What_cannot_be_mapped_is_reported_where_it_is()
    {
        using var temp = new TempDirectory();

        var (result, _) = ImportHarness.Import(temp, HomeWorkingPolicy(), "home-working");

        var notes = result.Notes.Where(n => n.File != "policy.yml").Select(n => n.ToString()).ToList();
        Assert.Equal(
        [
            "document: before the first section: 'Anytown Borough Council' was not imported",
            "20-working-at-home/30-staff-must-follow-the-rules-in.md: 'paragraph 9.9' does not match a section or clause of the document: left as text",
        ], notes);
    }

    /// <summary>Anytown's home working policy, as someone typed it in Word.</summary>
    public static byte[] HomeWorkingPolicy()
    {
        var builder = new WordDocumentBuilder().CoreTitle("Home Working Policy").Footer("Home Working Policy\tPage 1");
        return builder
            .Para("Anytown Borough Council", bold: true)
            .Add(Paragraph("Title", Text("Home Working Policy")))
            .Table(false, ["Version", "3.1"], ["Owner", "Head of Human Resources, People Services"], ["Approved by", "Personnel Committee"], ["Date adopted", "12th March 2019"])
            .Heading("1. Introduction")
            .Para("1.1 This policy explains how staff may work from home.")
            .Para("1.2\tIt applies to all employees. See paragraph 2.1 for who may ask.")
            .Heading("2 Working at home")
            .Para("This section covers who may work at home.")
            .Para("2.1 Eligibility", bold: true)
            .Add(Paragraph(null, Text("Staff who have "), Text("passed probation", bold: true), Text(" may ask to work at home."), builder.Footnote("Probation normally lasts six months."), Text(" Managers consider:")))
            .Bullet("the needs of the service;").Bullet("the member of staff's role; and").Bullet("the equipment needed.")
            .Add(Paragraph(null, Text("Decisions are recorded "), Text("in writing", italic: true), Text(".")))
            .Para("2.2 Managers must record each arrangement in the table below:")
            .Table(true, ["Arrangement", "Review"], ["Full-time at home", "Every six months"], ["Hybrid", "Annually"])
            .Para("2.3 Staff must follow the rules in paragraph 9.9 and section 1 of the Data Protection Act.")
            .Heading("3 Equipment")
            .Para("3.1 The Council provides:")
            .Para("(a) a laptop;").Para("(b) a headset; and").Para("(c) a chair where needed.")
            .Add(Paragraph(null, Text("3.2 See section 2 and clause 2.2 for more, and read "), builder.Link("the intranet guidance", "https://intranet.anytown.gov.uk/home-working"), Text(".")))
            .Build();
    }
}
