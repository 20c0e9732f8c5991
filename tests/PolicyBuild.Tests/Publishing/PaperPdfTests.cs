using System.Text.RegularExpressions;
using PolicyBuild.Tests.Publishing.LibreOffice;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;

namespace PolicyBuild.Tests.Publishing;

/// <summary>
/// The sample's PDFs as papers: every contents list gives each entry the page its heading is on (as the PDF's
/// own bookmarks place it), the marked appendix carries the change notes as PDF comments, and a run with PDFs
/// says what it is doing.
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public sealed class PaperPdfTests(LibreOfficeFixture libreOffice, PublishedSample sample) : IClassFixture<PublishedSample>
{
    [Theory]
    [InlineData("social-media.pdf", 7)]
    [InlineData("social-media-marked-revisions.pdf", 7)]
    [InlineData("2021-07-hr-report.pdf", 3)]
    [InlineData("2021-07-hr-pack.pdf", 4)]
    public void Every_contents_entry_has_the_page_of_its_heading(string file, int entries)
    {
        Assert.True(sample.Run(libreOffice.Session).ExitCode == 0);
        using var document = PdfDocument.Open(sample.PathOf(file));
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var contents = string.Concat(document.GetPages().Take(2).Select(p => p.Text));
        // The top-level headings the contents lists (a pack lists the report's parts and its appendix, not the appendix's sections).
        var listed = bookmarks.Roots.OfType<DocumentBookmarkNode>()
            .SelectMany(b => file.Contains("pack", StringComparison.Ordinal) && b.Title.StartsWith("Appendix", StringComparison.Ordinal) ? [b] : b.Title.StartsWith("Appendix", StringComparison.Ordinal) ? [] : new[] { b })
            .Where(b => b.Title != "Contents" && !b.Title.StartsWith("Officers", StringComparison.Ordinal) && !b.Title.StartsWith("How the", StringComparison.Ordinal))
            .Take(entries)
            .ToList();
        Assert.Equal(entries, listed.Count);
        var squeezed = contents.Replace(" ", "");
        for (var i = 0; i < listed.Count; i++)
        {
            var heading = listed[i];
            var title = Regex.Replace(heading.Title, @"^\d+\s+", "");
            // The page number, then the next entry (which may start with its section number) or other text.
            Assert.True(Regex.IsMatch(squeezed, Regex.Escape(title.Replace(" ", "")) + @"\.{3,}" + heading.PageNumber + @"(?:\d+[A-Z]|\D|$)"),
                $"no page {heading.PageNumber} for '{title}' in: {squeezed[..Math.Min(squeezed.Length, 1500)]}");
        }
    }

    [Fact]
    public void The_deleted_sections_contents_entry_has_no_page_number()
    {
        Assert.True(sample.Run(libreOffice.Session).ExitCode == 0);
        using var document = PdfDocument.Open(sample.PathOf("social-media-marked-revisions.pdf"));
        var contents = string.Concat(document.GetPages().Take(2).Select(p => p.Text)).Replace(" ", "");
        // Section 8 is deleted: its heading is struck through, and no longer has a page of its own to point at.
        Assert.Matches(@"Reviewofthispolicy\.{3,}(?!\d)", contents);
    }

    [Fact]
    public void The_marked_pdf_carries_each_change_note_as_a_pdf_comment()
    {
        Assert.True(sample.Run(libreOffice.Session).ExitCode == 0);
        using var document = PdfDocument.Open(sample.PathOf("social-media-marked-revisions.pdf"));
        var notes = document.GetPages().SelectMany(p => p.GetAnnotations())
            .Where(a => a.Type == AnnotationType.Text).Select(a => a.Content).ToList();
        Assert.Equal(6, notes.Count);
        Assert.Contains(notes, n => n is not null && n.StartsWith("Softens the rule", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_with_pdfs_says_what_it_is_converting()
    {
        var run = sample.Run(libreOffice.Session);

        Assert.Contains("building ", run.Output);
        // Handed out largest first: the pack (the report with the marked appendix), then the marked document.
        Assert.Contains("pdf: converting 2021-07-hr-pack.docx (1/4)", run.Output);
        Assert.Contains("pdf: converting social-media-marked-revisions.docx (2/4)", run.Output);
        Assert.Contains("pdf: converting social-media.docx (3/4)", run.Output);
        Assert.Contains("pdf: converting 2021-07-hr-report.docx (4/4)", run.Output);
    }
}
