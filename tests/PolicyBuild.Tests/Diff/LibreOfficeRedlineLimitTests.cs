using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using ParagraphProperties = DocumentFormat.OpenXml.Wordprocessing.ParagraphProperties;
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

    [Fact]
    public async Task Lists_sharing_one_numbering_definition_count_on_from_each_other_once_a_removed_first_item_joins_the_next()
    {
        using var temp = new TempDirectory();
        var (baselineDir, draftDir) = RedlineCases.Named("first-list-item-removed-after-another-list").WriteTo(temp.Path);
        var marked = TestToolchain.BuildPair(baselineDir, draftDir).Marked;
        // As NumberingWriter once wrote it: one abstract definition per list style, each list a w:num restarting at 1.
        var shared = RewritePart(marked, "word/numbering.xml", xml => Regex.Replace(xml, "<w:abstractNumId w:val=\"\\d+\" />", "<w:abstractNumId w:val=\"1\" />"));

        Assert.Equal("(a) LinkedIn;", await LabelledAsync(temp, "own.docx", marked, "LinkedIn;"));
        Assert.Equal("(c) LinkedIn;", await LabelledAsync(temp, "shared.docx", shared, "LinkedIn;"));
    }

    /// <remarks>
    /// A list split off into a clause of its own: on accept-all the removed items join the new
    /// clause's number paragraph, and the first of them shows that paragraph's look, so rejecting
    /// its <c>w:pPrChange</c> brings its list numbering back. Every other item of that list records
    /// its look as rejected too, even where it is its own; without those records LibreOffice puts
    /// the restored item in a list of its own, and the list reads "(a)", "(a)", "(b)".
    /// </remarks>
    [Fact]
    public async Task Rejecting_a_property_change_that_brings_numbering_back_to_one_item_alone_starts_a_list_of_its_own()
    {
        using var temp = new TempDirectory();
        var (baselineDir, draftDir) = RedlineCases.Named("list-split-off-into-a-clause-of-its-own").WriteTo(temp.Path);
        var built = TestToolchain.BuildPair(baselineDir, draftDir);
        var recorded = WithRecordingMembersInTheirOwnLook(built.Marked, out _);
        var alone = WithoutUnchangedPropertyChanges(recorded, out var dropped);
        Assert.True(dropped > 0);

        var expected = await LabelsAsync(temp, "baseline.docx", built.Baseline, RevisionView.Keep);
        Assert.Equal(expected, await LabelsAsync(temp, "whole.docx", built.Marked, RevisionView.Reject));
        Assert.Equal(expected, await LabelsAsync(temp, "recorded.docx", recorded, RevisionView.Reject));
        var restoredAlone = await LabelsAsync(temp, "alone.docx", alone, RevisionView.Reject);
        Assert.Equal(expected.Count, restoredAlone.Count);
        Assert.Contains(restoredAlone.Zip(expected), p => p.First == "(a)" && p.Second == "(b)");
    }

    /// <remarks>
    /// A list split off into a clause of its own: on accept-all the removed items join the new
    /// clause's number paragraph. The first removed item shows the number paragraph's look; once it
    /// does, its list comes back on reject through its <c>w:pPrChange</c>, so the list's other items
    /// record their own look as rejected too. LibreOffice gives the join the properties of such a
    /// recording member (Word those of the last mark, the number paragraph's): given back their own
    /// look, as JoinedLooks once left them, the number reads "(a) 2.6".
    /// </remarks>
    [Fact]
    public async Task A_join_takes_the_properties_of_a_removed_member_that_records_its_rejected_look()
    {
        using var temp = new TempDirectory();
        var (baselineDir, draftDir) = RedlineCases.Named("list-split-off-into-a-clause-of-its-own").WriteTo(temp.Path);
        var marked = TestToolchain.BuildPair(baselineDir, draftDir).Marked;
        var ownLooks = WithRecordingMembersInTheirOwnLook(marked, out var restored);
        Assert.True(restored > 0);

        Assert.Equal("2.6", await LabelledAsync(temp, "lent.docx", marked, "2.6\t"));
        Assert.Equal("(a) 2.6", await LabelledAsync(temp, "own.docx", ownLooks, "2.6\t"));
        Assert.Equal(DocxText.Paragraphs(marked, RevisionView.Accept), DocxText.Paragraphs(ownLooks, RevisionView.Accept));
    }

    // Every removed paragraph that shows another look than its rejected list item's, but the first, gets that look back.
    private static byte[] WithRecordingMembersInTheirOwnLook(byte[] docx, out int restored)
    {
        var output = new MemoryStream();
        output.Write(docx);
        restored = 0;
        using (var document = WordprocessingDocument.Open(output, true))
        {
            var lent = document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
                .Select(p => p.ParagraphProperties)
                .Where(p => p?.ParagraphMarkRunProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Deleted>() is not null
                    && p.NumberingProperties is null && p.ParagraphPropertiesChange?.ParagraphPropertiesExtended?.NumberingProperties is not null)
                .Skip(1).ToList();
            foreach (var properties in lent)
            {
                var old = properties!.ParagraphPropertiesChange!.ParagraphPropertiesExtended!;
                properties.ParagraphStyleId = (DocumentFormat.OpenXml.Wordprocessing.ParagraphStyleId)old.ParagraphStyleId!.CloneNode(true);
                properties.NumberingProperties = (DocumentFormat.OpenXml.Wordprocessing.NumberingProperties)old.NumberingProperties!.CloneNode(true);
                restored++;
            }
        }

        return output.ToArray();
    }

    private async Task<List<string>> LabelsAsync(TempDirectory temp, string name, byte[] docx, RevisionView view)
    {
        var path = temp.Combine(name);
        await File.WriteAllBytesAsync(path, docx);
        return [.. ComparableText.Of(await libreOffice.Session.ReadParagraphsAsync(path, view)).Select(p => p.Label)];
    }

    private static byte[] WithoutUnchangedPropertyChanges(byte[] docx, out int dropped)
    {
        var output = new MemoryStream();
        output.Write(docx);
        dropped = 0;
        using (var document = WordprocessingDocument.Open(output, true))
        {
            foreach (var properties in document.MainDocumentPart!.Document!.Body!.Descendants<ParagraphProperties>().ToList())
            {
                if (properties.ParagraphPropertiesChange?.ParagraphPropertiesExtended is { } old
                    && old.ParagraphStyleId?.Val?.Value == properties.ParagraphStyleId?.Val?.Value
                    && old.NumberingProperties?.OuterXml == properties.NumberingProperties?.OuterXml)
                {
                    properties.ParagraphPropertiesChange.Remove();
                    dropped++;
                }
            }
        }

        return output.ToArray();
    }

    private async Task<string> LabelledAsync(TempDirectory temp, string name, byte[] docx, string text, RevisionView view = RevisionView.Accept)
    {
        var path = temp.Combine(name);
        await File.WriteAllBytesAsync(path, docx);
        var paragraph = (await libreOffice.Session.ReadParagraphsAsync(path, view)).Single(p => p.Text == text);
        return $"{paragraph.Label} {paragraph.Text}".Trim();
    }

    private static string Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static byte[] RewritePart(byte[] docx, string name, Func<string, string> rewrite)
    {
        var output = new MemoryStream();
        output.Write(docx);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var text = rewrite(Part(docx, name));
            zip.GetEntry(name)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(text);
        }

        return output.ToArray();
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
