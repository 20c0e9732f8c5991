using System.Text;
using PolicyBuild.Publishing.LibreOffice;
using UglyToad.PdfPig;
using static PolicyBuild.Tests.Publishing.LibreOffice.TestDocxBuilder;

using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing.LibreOffice;

/// <summary>PDF conversion through the shared LibreOffice session.</summary>
[Collection(LibreOfficeFixture.Collection)]
public sealed class LibreOfficePdfTests : IDisposable
{
    private readonly LibreOfficeSession _session;
    private readonly TempDirectory _temp = new();

    public LibreOfficePdfTests(LibreOfficeFixture fixture)
    {
        _session = fixture.Session;
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ConvertToPdf_WritesARealPdfAndNoTemporaryFile()
    {
        var pdf = _temp.Combine(Path.Combine("out", "sample.pdf"));

        await _session.ConvertToPdfAsync(Sample(), pdf);

        var bytes = await File.ReadAllBytesAsync(pdf);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.True(bytes.Length > 5_000, $"PDF is only {bytes.Length} bytes");
        Assert.False(File.Exists(pdf + ".tmp"));
        using var document = PdfDocument.Open(bytes);
        Assert.Equal(1, document.NumberOfPages);
    }

    [Fact]
    public async Task ConvertToPdf_ShowsTrackedChangesAsMarkup()
    {
        var pdf = _temp.Combine("markup.pdf");

        await _session.ConvertToPdfAsync(Sample(), pdf);

        using var document = PdfDocument.Open(pdf);
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        // Both sides of every change are on the page: deletions struck through, insertions underlined.
        Assert.Contains("added", words);
        Assert.Contains("removed", words);
        Assert.Contains("Inserted", words);
        Assert.Contains("Deleted", words);
    }

    [Fact]
    public async Task ConvertToPdf_IsTaggedWithTitleBookmarksAndPdfUaFlag()
    {
        var pdf = _temp.Combine("accessible.pdf");

        await _session.ConvertToPdfAsync(Sample(), pdf, "Social Media Policy");

        using var document = PdfDocument.Open(pdf);
        Assert.Equal("Social Media Policy", document.Information.Title);
        var catalog = document.Structure.Catalog.CatalogDictionary.Data;
        Assert.Contains("StructTreeRoot", catalog.Keys);
        Assert.Contains("MarkInfo", catalog.Keys);
        Assert.Contains("DisplayDocTitle", catalog["ViewerPreferences"].ToString());
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Contains("Purpose", bookmarks.GetNodes().Select(n => n.Title));
        Assert.True(document.TryGetXmpMetadata(out var xmp));
        Assert.Contains("pdfuaid", Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray()));
    }

    [Fact]
    public async Task ConvertToPdf_ReplacesAnExistingFile()
    {
        var pdf = _temp.Combine("replace.pdf");
        await File.WriteAllTextAsync(pdf, "stale");

        await _session.ConvertToPdfAsync(Sample(), pdf);

        Assert.StartsWith("%PDF", await File.ReadAllTextAsync(pdf));
    }

    [Fact]
    public async Task FailedExport_ThrowsAndTheSessionKeepsWorking()
    {
        var blocker = _temp.Combine("not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where a folder is needed");

        var error = await Assert.ThrowsAsync<LibreOfficeException>(
            () => _session.ConvertToPdfAsync(Sample(), Path.Combine(blocker, "x.pdf")));
        Assert.Contains("pdf", error.Message);

        var pdf = _temp.Combine("after-error.pdf");
        await _session.ConvertToPdfAsync(Sample(), pdf);
        Assert.True(File.Exists(pdf));
    }

    private string Sample()
    {
        var path = _temp.Combine($"sample-{Guid.NewGuid():N}.docx");
        var builder = new TestDocxBuilder();
        builder
            .Heading("Purpose", 1)
            .Paragraph(Text("Keep "), builder.Inserted("added "), builder.Deleted("removed "), Text("end."))
            .InsertedParagraph("Inserted clause.")
            .DeletedParagraph("Deleted clause.")
            .Table([P(Text("A1")), P(Text("B1"))], [P(Text("A2")), P(Text("B2"))])
            .Paragraph(Text("Last."))
            .Save(path);
        return path;
    }
}
