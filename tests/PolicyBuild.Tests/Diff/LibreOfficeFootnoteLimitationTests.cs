using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Diff;

/// <summary>
/// Pins down the one place where LibreOffice 7.4 and Word disagree on our redlines: rejecting an
/// inserted paragraph that holds a footnote reference leaves an empty paragraph in LibreOffice
/// (Word removes it, as our own reader does). If a LibreOffice upgrade fixes this, this test fails:
/// then delete it and the allowance in LibreOfficeRedlineTests.
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public class LibreOfficeFootnoteLimitationTests(LibreOfficeFixture libreOffice)
{
    [Fact]
    public async Task Rejecting_an_inserted_paragraph_with_a_footnote_leaves_one_empty_paragraph_in_LibreOffice_only()
    {
        using var temp = new TempDirectory();
        var (baselineDir, draftDir) = RedlineCases.Named("clause-with-footnote-inserted").WriteTo(temp.Path);
        var built = TestToolchain.BuildPair(baselineDir, draftDir);
        var marked = temp.Combine("marked.docx");
        await File.WriteAllBytesAsync(marked, built.Marked);

        var libreOfficeRejected = ComparableText.Of(await libreOffice.Session.ReadParagraphsAsync(marked, RevisionView.Reject)).Select(p => p.Text).ToList();
        var ownRejected = DocxText.Paragraphs(built.Marked, RevisionView.Reject);

        Assert.Equal(1, LibreOfficeRedlineTests.FootnoteAnchoredParagraphs(built.Marked, RevisionView.Reject));
        Assert.Equal(ownRejected.Count(p => p.Length == 0) + 1, libreOfficeRejected.Count(p => p.Length == 0));
        Assert.Equal(ownRejected.Where(p => p.Length > 0), libreOfficeRejected.Where(p => p.Length > 0));
    }
}
