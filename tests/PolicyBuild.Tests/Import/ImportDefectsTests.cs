using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Diagnostics;
using PolicyBuild.Import;
using PolicyBuild.Tests.Cli;
using PolicyBuild.Tests.TestSupport;
using static PolicyBuild.Tests.Import.WordDocumentBuilder;

namespace PolicyBuild.Tests.Import;

/// <summary>
/// The import defects found on documents we did not write, each pinned on a document that shows it:
/// values outside the SDK's enumerations, Word's non-breaking hyphen, a table's alt text, a document
/// with no clauses, a date the document does not give, and an id that check accepts but build refused.
/// </summary>
public class ImportDefectsTests
{
    [Fact]
    public void Attribute_values_outside_the_sdks_enumerations_are_read_as_written_not_thrown()
    {
        using var temp = new TempDirectory();
        var table = new Table(new TableProperties(),
            new TableRow(new TableRowProperties(Written(new TableHeader(), "val", "true")), new TableCell(Paragraph(null, Text("Bin")))),
            new TableRow(new TableCell(Paragraph(null, Text("Green")))));
        var breakRun = new Run(Written(new Break(), "type", "sideways"), new Text("after the break"));
        var docx = new WordDocumentBuilder().Heading("1 Collections").Para("1.1 Bins are emptied weekly.")
            .Add(table, Paragraph(null, breakRun), Paragraph(null, new Run(new RunProperties(Written(new Bold(), "val", "maybe")), new Text("Bold or not."))))
            .Build();

        var (result, folder) = ImportHarness.Import(temp, docx, "bins");

        Assert.Equal(1, result.Clauses);
        var body = TestToolchain.Load(folder).Sections[0].Clauses[0].Body;
        Assert.Contains("| Bin |\n| --- |\n| Green |", body);
        Assert.Contains("after the break", body);
    }

    [Fact]
    public void Words_non_breaking_hyphen_and_a_tables_alt_text_are_kept()
    {
        using var temp = new TempDirectory();
        var table = new Table(new TableProperties(new TableDescription { Val = "Collection days by area" }),
            new TableRow(new TableRowProperties(new TableHeader()), new TableCell(Paragraph(null, Text("Area")))),
            new TableRow(new TableCell(Paragraph(null, Text("North")))));
        var docx = new WordDocumentBuilder().Heading("1 Collections")
            .Add(Paragraph(null, Text("1.1 Bins are emptied on the day shown in the e"), new Run(new NoBreakHyphen()), Text("calendar:")), table)
            .Build();

        var (result, folder) = ImportHarness.Import(temp, docx, "bins");

        var body = TestToolchain.Load(folder).Sections[0].Clauses[0].Body;
        Assert.StartsWith("Bins are emptied on the day shown in the e\u2011calendar:", body);
        Assert.Contains("Collection days by area {.table-caption}\n\n| Area |", body);
        Assert.Contains(result.Notes, n => n.Message.StartsWith("the table's alt text 'Collection days by area' became its caption", StringComparison.Ordinal));
        Assert.Contains("Collection days by area", DocxText.Paragraphs(ImportHarness.BuildDocx(folder)));
    }

    [Fact]
    public void A_clause_of_a_later_section_without_its_heading_starts_that_section_instead_of_being_glued()
    {
        using var temp = new TempDirectory();
        var docx = new WordDocumentBuilder().Heading("1 Purpose").Para("1.1 This policy covers home working.")
            .Para("2.1 Staff ask their manager first.").Para("2.2 Managers answer within a week.").Build();

        var (result, folder) = ImportHarness.Import(temp, docx, "home");

        var policy = TestToolchain.Load(folder);
        Assert.Equal([1, 2], policy.Sections.Select(s => s.Clauses.Length));
        Assert.Equal("Section 2", policy.Sections[1].Title);
        Assert.Contains(result.Notes, n => n.Message == "section 2: its heading has no title; called 'Section 2', rename it");
    }

    [Fact]
    public void A_document_with_sections_but_no_numbered_clauses_is_refused_and_nothing_is_written()
    {
        using var temp = new TempDirectory();
        var report = new WordDocumentBuilder().Heading("Purpose of the report").Para("This report asks the committee to agree the policy.")
            .Heading("Recommendations").Para("That the committee adopts the policy.").Build();
        var file = temp.Combine("report.docx");
        File.WriteAllBytes(file, report);

        var run = CliRun.Of("import", file, "--to", temp.Combine("report"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}:1:1: error: no numbered clauses found (2 sections, 0 clauses): this does not look like a policy (a committee report?)", run.Error);
        Assert.False(Directory.Exists(temp.Combine("report")));
    }

    [Fact]
    public void A_date_the_document_does_not_give_is_a_placeholder_never_the_save_time_or_today()
    {
        using var temp = new TempDirectory();
        var docx = new WordDocumentBuilder().Heading("1 Collections").Para("1.1 Bins are emptied weekly.").Build();
        docx = WithCoreDates(docx, new DateTime(2024, 5, 6, 10, 0, 0, DateTimeKind.Utc));

        var (result, folder) = ImportHarness.Import(temp, docx, "bins");

        var metadata = TestToolchain.Load(folder).Metadata;
        Assert.Equal(new DateOnly(2000, 1, 1), metadata.Adoption.Date);
        Assert.Contains(result.Notes, n => n.Message.StartsWith("'adoption.date' not found in the document — fill it in (written as '2000-01-01': a placeholder", StringComparison.Ordinal));
        Assert.DoesNotContain("2024-05-06", ImportHarness.Read(folder, "policy.yml"));
    }

    [Fact]
    public void A_title_of_underscores_gets_an_id_that_builds_and_check_refuses_a_one_character_id()
    {
        using var temp = new TempDirectory();
        var docx = new WordDocumentBuilder().Heading("1 Collections")
            .Para("1.1 _a_", bold: true).Para("Bins are emptied weekly.").Build();

        var (_, folder) = ImportHarness.Import(temp, docx, "bins");

        var clause = TestToolchain.Load(folder).Sections[0].Clauses[0];
        Assert.Equal("clause-1-1", clause.Id);
        Assert.True(CliRun.Of("build", folder, "--out", temp.Combine("out")).ExitCode == 0);

        File.Move(Path.Combine(folder, "10-collections", "10-clause-1-1.md"), Path.Combine(folder, "10-collections", "10-a.md"));
        var check = CliRun.Of("check", folder);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("10-collections/10-a.md:1:1: error: id 'a' is one character: an id needs at least two", check.Error);
    }

    [Fact]
    public void Our_own_documents_keep_their_ids_from_the_c_bookmarks_even_where_the_text_would_give_another()
    {
        using var temp = new TempDirectory();
        var source = DirectoryCopy.Copy(RepositoryPaths.SamplePolicy, temp.Combine("source"));

        var (_, folder) = ImportHarness.Import(temp, ImportHarness.BuildDocx(source), "again");

        var ids = TestToolchain.Load(folder).Sections.SelectMany(s => s.Clauses.Select(c => c.Id).Prepend(s.Id));
        var original = TestToolchain.Load(source).Sections.SelectMany(s => s.Clauses.Select(c => c.Id).Prepend(s.Id));
        Assert.Equal(original, ids);
    }

    /// <summary>An attribute as another program writes it, outside the SDK's enumeration: reading <c>.Value</c> would throw.</summary>
    private static T Written<T>(T element, string name, string value) where T : OpenXmlElement
    {
        element.SetAttribute(new OpenXmlAttribute("w", name, "http://schemas.openxmlformats.org/wordprocessingml/2006/main", value));
        return element;
    }

    private static byte[] WithCoreDates(byte[] docx, DateTime when)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
        {
            package.PackageProperties.Created = when;
            package.PackageProperties.Modified = when;
        }

        return stream.ToArray();
    }
}
