using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Import;

/// <summary>
/// Import of documents written by pandoc and LibreOffice: no exception on values outside the SDK's
/// enumerations, numbered Heading 2 sections under a Heading 1 title, and text that used to be lost
/// silently (superscript and subscript, non-breaking characters, a table's caption, roman labels).
/// </summary>
public class OtherProgramsTests
{
    [Theory]
    [MemberData(nameof(ForeignDocuments.Writers), MemberType = typeof(ForeignDocuments))]
    public void Numbered_heading_2_sections_under_a_heading_1_title_keep_every_clause_in_its_section(string writer)
    {
        using var temp = new TempDirectory();

        var (result, folder) = ImportHarness.Import(temp, ForeignDocuments.Read($"waste-v1.{writer}.docx"), "waste");

        Assert.Equal(3, result.Sections);
        Assert.Equal(7, result.Clauses);
        var policy = TestToolchain.Load(folder);
        Assert.Equal("Waste Collection Policy", policy.Metadata.Title);
        Assert.Equal(["Purpose", "Collections", "Assisted collections"], policy.Sections.Select(s => s.Title));
        Assert.Equal([2, 3, 2], policy.Sections.Select(s => s.Clauses.Length));
        Assert.StartsWith("A missed collection reported", policy.Sections[1].Clauses[2].Body);
        Assert.Contains("| Green | Garden waste |", policy.Sections[1].Clauses[1].Body);
        Assert.DoesNotContain(result.Notes, n => n.Message.Contains("glued", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ForeignDocuments.Writers), MemberType = typeof(ForeignDocuments))]
    public void Raised_and_lowered_digits_non_breaking_characters_and_roman_labels_are_kept(string writer)
    {
        using var temp = new TempDirectory();

        var (_, folder) = ImportHarness.Import(temp, ForeignDocuments.Read($"trees.{writer}.docx"), "trees");

        var scope = TestToolchain.Load(folder).Sections[0].Clauses;
        Assert.Contains("1,200 m³ of woodland soil", scope[0].Body);
        Assert.Contains("ponds for NO₃ each spring", scope[0].Body);
        Assert.Contains("40\u00A0hectares", scope[0].Body);
        Assert.Contains("tree\u2011survey form", scope[1].Body);
        Assert.Contains("I. safety of the public;\nII. health of the trees;\nIII. appearance.", TestToolchain.Load(folder).Sections[1].Clauses[0].Body);
        Assert.Equal(["%1."], UpperRomanLabels(ImportHarness.BuildDocx(folder)));
    }

    [Fact]
    public void Superscript_letters_stay_as_text_with_a_warning_at_the_clause()
    {
        using var temp = new TempDirectory();

        var (result, folder) = ImportHarness.Import(temp, ForeignDocuments.Read("trees.pandoc.docx"), "trees");

        var clause = TestToolchain.Load(folder).Sections[1].Clauses[2];
        Assert.Equal("Records are kept for the 1st and 2nd survey of each tree.", clause.Body);
        Assert.Contains(result.Notes, n => n.File == "20-priorities/30-records-are-kept-for-the-1st.md" && n.Message.StartsWith("the superscript 'st' is plain text here", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pandoc_table_caption_becomes_the_tables_caption_once()
    {
        using var temp = new TempDirectory();

        var (_, folder) = ImportHarness.Import(temp, ForeignDocuments.Read("trees.pandoc.docx"), "trees");

        var body = TestToolchain.Load(folder).Sections[1].Clauses[1].Body;
        Assert.Equal(1, body.Split("Budget by area").Length - 1);
        Assert.Contains("Budget by area {.table-caption}\n\n| Area | Budget |", body);
    }

    /// <summary>The label text of each upper-roman list level the built document uses: "II." stays "II.", not "(II)".</summary>
    private static List<string> UpperRomanLabels(byte[] docx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Level>()
            .Where(l => l.NumberingFormat?.Val?.InnerText == "upperRoman" && l.LevelIndex?.Value == 0)
            .Select(l => l.LevelText!.Val!.Value!).Distinct().ToList();
    }
}
