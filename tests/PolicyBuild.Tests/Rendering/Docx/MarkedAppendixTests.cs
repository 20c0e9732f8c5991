using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Rendering.Docx;

/// <summary>
/// What a clerk sees in the sample's marked appendix: the key under the title, renumbered clauses whose
/// old and new numbers read apart with the text in line, cross-references that do not look like
/// insertions, and the change notes as Word comments on their clauses.
/// </summary>
public sealed class MarkedAppendixTests
{
    private static readonly Lazy<(byte[] Draft, byte[] Baseline, byte[] Marked, PolicyBuild.Diff.ChangeSet Changes)> Sample =
        new(() => TestToolchain.BuildPair(RepositoryPaths.SampleBaseline, RepositoryPaths.SamplePolicy));

    [Fact]
    public void The_key_follows_the_title_and_its_samples_are_formatted_not_tracked()
    {
        using var document = Open(Sample.Value.Marked);
        var paragraphs = Body(document).Elements<Paragraph>().ToList();
        var heading = paragraphs.FindIndex(p => Style(p) == "RevisionKeyHeading");
        Assert.True(heading > 0 && Style(paragraphs[heading - 1]) is "Title" or "DraftNotice", "the key comes right after the title block");
        var key = paragraphs.Skip(heading).TakeWhile(p => Style(p) is "RevisionKeyHeading" or "RevisionKey").ToList();
        var text = string.Join("\n", key.Select(p => p.InnerText));
        Assert.Contains("tracked change", text);
        Assert.Contains("accepted or rejected", text);
        foreach (var kind in new[] { "Inserted text", "Deleted text", "A moved clause", "A renumbered clause", "A cross-reference", "A comment" })
        {
            Assert.Contains(kind, text);
        }

        // The sample renumbering is the sample's own first: 5.14 became 5.15.
        Assert.Contains("its new one: 5.14 5.15.", text);
        Assert.Empty(key.SelectMany(p => p.Descendants<InsertedRun>().Cast<object>().Concat(p.Descendants<DeletedRun>())));
        Assert.Equal(["KeyInserted", "KeyDeleted", "KeyMovedFrom", "KeyMovedTo", "KeyDeleted", "KeyInserted", "Hyperlink"],
            key.SelectMany(p => p.Descendants<RunStyle>()).Select(s => s.Val!.Value!));
        Assert.DoesNotContain(Body(Open(Sample.Value.Draft)).Elements<Paragraph>(), p => Style(p) == "RevisionKeyHeading");
    }

    [Fact]
    public void A_renumbered_clause_puts_its_old_number_in_the_margin_so_its_text_keeps_the_clause_indent()
    {
        using var document = Open(Sample.Value.Marked);
        var paragraph = Body(document).Elements<Paragraph>().Single(p => p.InnerText.StartsWith("5.145.15", StringComparison.Ordinal));
        var deleted = Assert.Single(paragraph.Descendants<DeletedRun>());
        // "5.14" struck through, its last character spaced out: the numbers read "5.14 5.15" with no space in the text.
        var oldRuns = deleted.Elements<Run>().ToList();
        Assert.Equal(["5.1", "4"], oldRuns.Select(r => r.InnerText));
        Assert.Equal(240, oldRuns[^1].RunProperties!.Spacing!.Val!.Value);
        // The Clause style hangs 850 twips; the first line starts further left by the old number's width and the gap.
        var indentation = paragraph.ParagraphProperties!.Indentation!;
        Assert.Equal("850", indentation.Left!.Value);
        var hanging = int.Parse(indentation.Hanging!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(hanging - 850 - 240, 400, 480); // "5.14" in 11 pt: 1.946 em = 428 twips
        // Clauses that were not renumbered keep the style's indent.
        Assert.Null(Body(document).Elements<Paragraph>().First(p => p.InnerText.StartsWith("5.13", StringComparison.Ordinal)).ParagraphProperties!.Indentation);
    }

    [Fact]
    public void Links_in_the_marked_document_have_a_dotted_underline_and_in_the_clean_one_the_usual_style()
    {
        Assert.Equal(UnderlineValues.Dotted, HyperlinkUnderline(Sample.Value.Marked));
        Assert.Equal(UnderlineValues.Single, HyperlinkUnderline(Sample.Value.Draft));
    }

    [Fact]
    public void Each_change_note_is_a_comment_anchored_on_its_clause_and_inserted_with_an_inserted_clause()
    {
        using var document = Open(Sample.Value.Marked);
        var comments = document.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<Comment>().ToList();
        Assert.Equal(6, comments.Count);
        Assert.All(comments, c => Assert.Equal("Test Author", c.Author!.Value));
        var byClause = Body(document).Elements<Paragraph>()
            .Where(p => p.Elements<CommentRangeStart>().Any())
            .ToDictionary(p => ClauseNumber(p), p => comments.Single(c => c.Id!.Value == p.Elements<CommentRangeStart>().Single().Id!.Value).InnerText);
        Assert.Equal(["1.2", "5.12", "5.14", "6.10", "6.11", "6.13"], byClause.Keys);
        Assert.StartsWith("Softens the rule", byClause["5.12"]);
        Assert.Equal(byClause["5.14"], byClause["6.13"]);
        // In the inserted 5.14 the reference is inserted too, so rejecting all changes leaves no comment behind.
        var inserted = Body(document).Elements<Paragraph>().Single(p => ClauseNumber(p) == "5.14");
        Assert.NotNull(inserted.Descendants<CommentReference>().Single().Ancestors<InsertedRun>().SingleOrDefault());
        PackageValidation.AssertValid(Sample.Value.Marked);
    }

    [Fact]
    public void Notes_are_in_the_change_model()
    {
        var notes = Sample.Value.Changes.Clauses.Where(c => c.Note is not null).Select(c => (c.NewNumber, c.Kind)).ToList();
        Assert.Equal([("1.2", PolicyBuild.Diff.ChangeKind.Amended), ("5.12", PolicyBuild.Diff.ChangeKind.Amended), ("5.14", PolicyBuild.Diff.ChangeKind.Added),
            ("6.10", PolicyBuild.Diff.ChangeKind.Added), ("6.11", PolicyBuild.Diff.ChangeKind.Added), ("6.13", PolicyBuild.Diff.ChangeKind.Added)], notes);
        var json = System.Text.Encoding.UTF8.GetString(PolicyBuild.Diff.ChangeSetJson.Serialize(Sample.Value.Changes));
        Assert.Contains("\"note\": \"Softens the rule: networks such as LinkedIn", json);
    }

    private static string ClauseNumber(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants<Run>()
            .Where(r => r.RunProperties?.RunStyle?.Val?.Value == "ClauseNumber" && r.Ancestors<DeletedRun>().FirstOrDefault() is null)
            .Select(r => r.InnerText));

    private static UnderlineValues HyperlinkUnderline(byte[] docx)
    {
        using var document = Open(docx);
        return document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .Single(s => s.StyleId?.Value == "Hyperlink").StyleRunProperties!.Underline!.Val!.Value;
    }

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    private static string? Style(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
}
