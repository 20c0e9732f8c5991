using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Diff;

/// <summary>What the tracked changes look like: the right WordprocessingML for each kind of change, and nothing more.</summary>
public class RedlineShapeTests
{
    private static readonly Lazy<byte[]> SampleMarked =
        new(() => TestToolchain.BuildPair(RepositoryPaths.SampleBaseline, RepositoryPaths.SamplePolicy).Marked);

    [Theory]
    [InlineData("5.14")]
    [InlineData("6.10")]
    [InlineData("6.11")]
    [InlineData("6.13")]
    public void New_sample_clauses_are_whole_inserted_paragraphs(string number)
    {
        using var document = Open(SampleMarked.Value);
        var paragraph = ClauseParagraph(document, number, RevisionViewOf.New);
        Assert.All(paragraph.Descendants<Run>(), run => Assert.IsType<InsertedRun>(run.Ancestors<InsertedRun>().FirstOrDefault()));
        // Its mark is inserted, or (it holds a footnote, or a table follows) the mark before it stands in (ParagraphMarks).
        var stoodIn = paragraph.Descendants<FootnoteReference>().Any() || paragraph.NextSibling() is Table;
        var mark = (stoodIn ? (Paragraph)paragraph.PreviousSibling()! : paragraph).ParagraphProperties!.ParagraphMarkRunProperties;
        Assert.NotNull(mark!.GetFirstChild<Inserted>());
    }

    [Theory]
    [InlineData("5.14", "5.15")]
    [InlineData("6.10", "6.12")]
    [InlineData("6.13", "6.16")]
    public void Renumbered_sample_clauses_show_only_their_number_changed(string oldNumber, string newNumber)
    {
        using var document = Open(SampleMarked.Value);
        var paragraph = ClauseParagraph(document, newNumber, RevisionViewOf.New);
        Assert.Equal([oldNumber], paragraph.Descendants<DeletedRun>().Select(d => d.InnerText));
        Assert.Equal([newNumber], paragraph.Descendants<InsertedRun>().Select(i => i.InnerText));
        // The mark stays, unless it stands in for an inserted paragraph after it that cannot lose its own (ParagraphMarks).
        var next = paragraph.NextSibling() as Paragraph;
        var standsIn = next is not null && next.Descendants<Run>().All(r => r.Parent is InsertedRun) && next.ParagraphProperties?.ParagraphMarkRunProperties is null;
        Assert.True(paragraph.ParagraphProperties!.ParagraphMarkRunProperties is null || standsIn);
    }

    [Fact]
    public void Clause_5_12_shows_its_softened_wording_as_word_changes_with_its_number_untouched()
    {
        using var document = Open(SampleMarked.Value);
        var paragraph = ClauseParagraph(document, "5.12", RevisionViewOf.New);
        Assert.Equal("5.12", paragraph.Elements<Run>().First().InnerText);
        Assert.Contains(paragraph.Descendants<DeletedRun>(), d => d.InnerText.Contains("not add", StringComparison.Ordinal));
        Assert.Contains(paragraph.Descendants<InsertedRun>(), i => i.InnerText.Contains("generally avoid", StringComparison.Ordinal));
        Assert.Contains("business contacts", string.Concat(paragraph.Elements<Run>().Select(r => r.InnerText)));
    }

    [Fact]
    public void The_duplicate_review_section_is_deleted_with_its_heading_and_clauses()
    {
        using var document = Open(SampleMarked.Value);
        var heading = Body(document).Elements<Paragraph>().Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1" && p.InnerText.Contains("Review of this policy"));
        Assert.NotNull(heading.ParagraphProperties!.ParagraphMarkRunProperties!.GetFirstChild<Deleted>());
        Assert.Empty(Body(document).Descendants<MoveFromRun>());
    }

    [Fact]
    public void The_review_cycle_change_is_tracked_in_the_title_block_table()
    {
        using var document = Open(SampleMarked.Value);
        var table = Body(document).Elements<Table>().First();
        Assert.Contains(table.Descendants<DeletedRun>(), d => d.InnerText == "Annually");
        Assert.Contains(table.Descendants<InsertedRun>(), i => i.InnerText == "Every three years");
    }

    [Fact]
    public void A_moved_clause_is_a_named_move_from_range_and_move_to_range()
    {
        var marked = Build("clause-moved");
        using var document = Open(marked);
        var from = Body(document).Descendants<MoveFromRangeStart>().Single();
        var to = Body(document).Descendants<MoveToRangeStart>().Single();
        Assert.Equal(from.Name!.Value, to.Name!.Value);
        Assert.Single(Body(document).Descendants<MoveFromRangeEnd>());
        Assert.Single(Body(document).Descendants<MoveToRangeEnd>());
        Assert.Contains("It forms part of the conditions of employment.", string.Concat(Body(document).Descendants<MoveFromRun>().Select(m => m.InnerText)));
        Assert.Contains("It forms part of the conditions of employment.", string.Concat(Body(document).Descendants<MoveToRun>().Select(m => m.InnerText)));
    }

    [Fact]
    public void Edits_inside_a_moved_clause_are_insertions_in_the_move_to_range_and_never_deletions_there()
    {
        using var document = Open(Build("clause-moved-and-edited"));
        var destination = Body(document).Elements<Paragraph>().Single(p => p.Descendants<MoveToRangeStart>().Any());
        Assert.Contains(destination.Descendants<InsertedRun>(), i => i.InnerText.Contains("every contract", StringComparison.Ordinal));
        Assert.Empty(destination.Descendants<DeletedRun>());
        // Marks in a move are tracked as insertions (LibreOffice joins paragraphs there; see ParagraphMarks).
        Assert.NotNull(destination.ParagraphProperties!.ParagraphMarkRunProperties!.GetFirstChild<Inserted>());
    }

    [Fact]
    public void A_cross_reference_that_followed_its_target_shows_only_the_number_changed()
    {
        using var document = Open(Build("renumbered-and-cross-reference"));
        var paragraph = Body(document).Elements<Paragraph>().Single(p => p.InnerText.Contains("Concerns must be reported", StringComparison.Ordinal));
        Assert.Equal(["1.3"], paragraph.Descendants<DeletedRun>().Select(d => d.InnerText));
        Assert.Equal(["1.4"], paragraph.Descendants<InsertedRun>().Select(i => i.InnerText));
        Assert.Equal("#c_status".TrimStart('#'), paragraph.Descendants<Hyperlink>().Single().Anchor!.Value);
    }

    [Fact]
    public void A_formatting_only_change_is_a_run_properties_change()
    {
        using var document = Open(Build("formatting-changed"));
        var change = Body(document).Descendants<RunPropertiesChange>().Single();
        var run = (Run)change.Parent!.Parent!;
        Assert.Equal("must", run.InnerText);
        Assert.NotNull(run.RunProperties!.Bold);
        Assert.Null(change.PreviousRunProperties!.GetFirstChild<Bold>());
        Assert.Empty(Body(document).Descendants<InsertedRun>());
    }

    [Fact]
    public void Table_rows_are_inserted_and_deleted_whole_and_cells_change_in_place()
    {
        using var document = Open(Build("table-row-and-cell-changed"));
        var table = Body(document).Elements<Table>().Last();
        var rows = table.Elements<TableRow>().ToList();
        Assert.Contains(rows, r => r.TableRowProperties!.GetFirstChild<Deleted>() is not null && r.InnerText.Contains("Clerk"));
        Assert.Contains(rows, r => r.TableRowProperties!.GetFirstChild<Inserted>() is not null && r.InnerText.Contains("Assistant Director"));
        var manager = rows.Single(r => r.InnerText.StartsWith("Manager", StringComparison.Ordinal));
        Assert.Null(manager.TableRowProperties!.GetFirstChild<Inserted>());
        Assert.Equal(["new "], manager.Descendants<InsertedRun>().Select(i => i.InnerText));
    }

    [Fact]
    public void An_inserted_list_item_is_a_whole_inserted_numbered_paragraph()
    {
        using var document = Open(Build("lettered-list-item-inserted"));
        var item = Body(document).Elements<Paragraph>().Single(p => p.InnerText == "it is accessible;");
        Assert.NotNull(item.ParagraphProperties!.NumberingProperties);
        Assert.NotNull(item.ParagraphProperties.ParagraphMarkRunProperties!.GetFirstChild<Inserted>());
    }

    [Fact]
    public void A_paragraph_whose_style_changed_carries_its_old_style_in_a_paragraph_properties_change()
    {
        using var document = Open(Build("paragraph-style-changed"));
        var paragraph = Body(document).Elements<Paragraph>().Single(p => p.InnerText == "Think before you post.");
        var change = paragraph.ParagraphProperties!.ParagraphPropertiesChange!;
        Assert.Equal("Quote", paragraph.ParagraphProperties.ParagraphStyleId!.Val!.Value);
        Assert.Equal("ClauseContinuation", change.ParagraphPropertiesExtended!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("Test Author", change.Author!.Value);
        Assert.Empty(paragraph.Descendants<InsertedRun>());
    }

    [Fact]
    public void Revisions_carry_the_given_author_and_date()
    {
        using var document = Open(Build("clause-inserted"));
        var insertion = Body(document).Descendants<InsertedRun>().First();
        Assert.Equal("Test Author", insertion.Author!.Value);
        Assert.Equal(new DateTime(2021, 6, 1), insertion.Date!.Value);
    }

    private static byte[] Build(string name)
    {
        using var temp = new TempDirectory();
        var (baseline, draft) = RedlineCases.Named(name).WriteTo(temp.Path);
        var marked = TestToolchain.BuildPair(baseline, draft).Marked;
        PackageValidation.AssertValid(marked);
        return marked;
    }

    private enum RevisionViewOf
    {
        New,
    }

    /// <summary>The clause paragraph whose (new) number run reads <paramref name="number"/>.</summary>
    private static Paragraph ClauseParagraph(WordprocessingDocument document, string number, RevisionViewOf view) =>
        Body(document).Elements<Paragraph>().Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Clause" or "ClauseTitle"
            && NumberRuns(p).LastOrDefault() == number);

    private static IEnumerable<string> NumberRuns(Paragraph paragraph) =>
        paragraph.Descendants<Run>().Where(r => r.RunProperties?.RunStyle?.Val?.Value == "ClauseNumber" && r.Ancestors<DeletedRun>().FirstOrDefault() is null)
            .Select(r => r.InnerText);

    private static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);
}
