using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using ParagraphProperties = DocumentFormat.OpenXml.Wordprocessing.ParagraphProperties;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.RedlineHarness.Generation;
using PolicyBuild.RedlineHarness.LibreOffice;
using PolicyBuild.RedlineHarness.Judging;
using PolicyBuild.RedlineHarness.Writing;
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
    /// Seed 4864 moves a clause whose list the move restores in the rejected view through one
    /// item's <c>w:pPrChange</c> (the item the accepted view gives the next heading's look). Every
    /// other item of that list records its own look as rejected too; without those records
    /// LibreOffice puts the restored item in a list of its own, and the list reads "(a)", "(a)".
    /// </remarks>
    [Fact]
    public async Task Rejecting_a_property_change_that_brings_numbering_back_to_one_item_alone_starts_a_list_of_its_own()
    {
        using var temp = new TempDirectory();
        var pair = PairGen.FromSeed(4864);
        var baselineDir = PolicyFolderWriter.Write(pair.Baseline, temp.Combine("baseline"));
        var draftDir = PolicyFolderWriter.Write(pair.Draft, temp.Combine("draft"));
        var built = TestToolchain.BuildPair(baselineDir, draftDir);
        var alone = WithoutUnchangedPropertyChanges(built.Marked, out var dropped);
        Assert.True(dropped > 0);

        var expected = await LabelsAsync(temp, "baseline.docx", built.Baseline, RevisionView.Keep);
        Assert.Equal(expected, await LabelsAsync(temp, "whole.docx", built.Marked, RevisionView.Reject));
        var restoredAlone = await LabelsAsync(temp, "alone.docx", alone, RevisionView.Reject);
        Assert.Equal(expected.Count, restoredAlone.Count);
        Assert.Contains(restoredAlone.Zip(expected), p => p.First == "(a)" && p.Second == "(b)");
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
