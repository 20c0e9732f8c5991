using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.RedlineHarness.LibreOffice;
using PolicyBuild.RedlineHarness.Judging;
using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Diff;

/// <summary>
/// Pins, on minimal documents, where LibreOffice 25.2 reads tracked paragraph marks differently
/// from Word (and from our own reader, which follows Word), so that the encoding choices in
/// ParagraphMarks and InsertionStamps rest on evidence. If an upgrade fixes one of these, its test
/// fails: then drop the workaround (for the table, the allowance in LibreOfficeLimits).
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public class LibreOfficeRedlineLimitTests(LibreOfficeFixture libreOffice)
{
    [Fact]
    public async Task Insertions_touching_across_a_kept_paragraph_mark_merge_and_reject_joins_the_paragraphs()
    {
        using var temp = new TempDirectory();
        var builder = new TestDocxBuilder();
        builder.Paragraph(TestDocxBuilder.Text("Alpha"), builder.Inserted("."))
            .Paragraph(builder.Inserted("Pre "), TestDocxBuilder.Text("Zeta"));
        var path = temp.Combine("merge.docx");
        builder.Save(path);

        var rejected = ComparableText.Of(await libreOffice.Session.ReadParagraphsAsync(path, RevisionView.Reject)).Select(p => p.Text);

        // Word rejects this to "Alpha" / "Zeta"; InsertionStamps stamps such neighbours two minutes apart.
        Assert.Equal(["AlphaZeta"], rejected);
        Assert.Equal(["Alpha", "Zeta"], DocxText.Paragraphs(await File.ReadAllBytesAsync(path), RevisionView.Reject));
    }

    [Fact]
    public async Task A_removed_paragraph_between_two_removed_tables_leaves_one_empty_paragraph_in_LibreOffice_only()
    {
        var clause = ("tabled", "Before the tables.\n\n| A |\n| --- |\n| 1 |\n\nBetween the tables.\n\n| B |\n| --- |\n| 2 |");
        await AssertOneEmptyParagraphLeft(clause);
    }

    /// <remarks>
    /// The clause's two paragraphs need two marks removed; LibreOffice removes neither of their own
    /// (each precedes a table), and only one mark stands before the clause: no choice of marks avoids
    /// one empty paragraph. Word, and our reader, remove the clause whole.
    /// </remarks>
    private async Task AssertOneEmptyParagraphLeft((string, string) clause)
    {
        using var temp = new TempDirectory();
        var kept = new[] { ("first", "The first clause stays."), ("last", "The last clause stays.") };
        var baseline = new TestPolicy().Section("rules", "Rules", kept[0], clause, kept[1]).WriteTo(temp.Combine("baseline"));
        var draft = new TestPolicy().Section("rules", "Rules", kept).WriteTo(temp.Combine("draft"));
        var built = TestToolchain.BuildPair(baseline, draft);
        var clean = temp.Combine("draft.docx");
        var marked = temp.Combine("marked.docx");
        await File.WriteAllBytesAsync(clean, built.Draft);
        await File.WriteAllBytesAsync(marked, built.Marked);

        var expected = ComparableText.Of(await libreOffice.Session.ReadParagraphsAsync(clean, RevisionView.Keep)).Select(p => p.Text).ToList();
        var accepted = ComparableText.Of(await libreOffice.Session.ReadParagraphsAsync(marked, RevisionView.Accept)).Select(p => p.Text).ToList();

        Assert.Equal(DocxText.Paragraphs(built.Draft), DocxText.Paragraphs(built.Marked, RevisionView.Accept));
        Assert.Equal(1, LibreOfficeLimits.UnjoinableMarks(built.Marked, RevisionView.Accept));
        var at = expected.IndexOf("1.2\tThe last clause stays.");
        Assert.Equal([.. expected[..at], "", .. expected[at..]], accepted);
    }
}
