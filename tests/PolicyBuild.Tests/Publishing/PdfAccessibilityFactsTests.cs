using PolicyBuild.Publishing.Pdf;
using PolicyBuild.Tests.TestSupport;
using static PolicyBuild.Tests.Publishing.LayoutSamples;

namespace PolicyBuild.Tests.Publishing;

/// <summary>The PDF reader and verifier on hand-made PDFs; <see cref="PublishSampleTests"/> runs them on LibreOffice's.</summary>
public sealed class PdfAccessibilityFactsTests
{
    private static readonly Dictionary<int, string> Tagged = new()
    {
        [1] = "<</Type/Catalog/Pages 2 0 R/Outlines 3 0 R/StructTreeRoot 6 0 R/Lang(en-GB)/MarkInfo<</Marked true>>>>",
        [2] = "<</Type/Pages/Kids[10 0 R]/Count 1>>",
        [3] = "<</Count 2/First 4 0 R/Last 5 0 R>>",
        // Outline items point at the one page, as LibreOffice's do (PdfPig skips items that point nowhere).
        [4] = $"<</Title{MinimalPdf.Utf16("1 Introduction")}/Parent 3 0 R/Next 5 0 R/First 7 0 R/Dest[10 0 R/Fit]>>",
        [5] = "<</Title(2 Scope \\(and \\\\ limits\\))/Parent 3 0 R/Prev 4 0 R/Dest[10 0 R/Fit]>>",
        [6] = "<</Type/StructTreeRoot/K 8 0 R>>",
        [7] = "<</Title(Purpose)/Parent 4 0 R/Dest[10 0 R/Fit]>>",
        [10] = "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>",
        [9] = $"<</Title{MinimalPdf.Utf16("Officers' Policy")}/Producer(test)>>",
    };

    [Fact]
    public void Reads_catalog_outline_and_info_of_an_uncompressed_pdf()
    {
        var facts = PdfAccessibilityFacts.Read(MinimalPdf.Write(Tagged, trailer: "/Root 1 0 R/Info 9 0 R"));

        Assert.True(facts.HasStructureTree);
        Assert.True(facts.Marked);
        Assert.Equal("en-GB", facts.Language);
        Assert.Equal("Officers' Policy", facts.Title);
        Assert.Equal(
            [new PdfOutlineEntry("1 Introduction", 0), new PdfOutlineEntry("Purpose", 1), new PdfOutlineEntry("2 Scope (and \\ limits)", 0)],
            facts.Outline);
    }

    [Fact]
    public void Reads_objects_inside_a_compressed_object_stream()
    {
        var plain = Tagged.Where(o => o.Key is 2 or 9 or 10).ToDictionary();
        var compressed = Tagged.Where(o => o.Key is not (2 or 9 or 10)).ToDictionary();

        var facts = PdfAccessibilityFacts.Read(MinimalPdf.Write(plain, compressed, "/Root 1 0 R/Info 9 0 R"));

        Assert.True(facts.HasStructureTree);
        Assert.True(facts.Marked);
        Assert.Equal("en-GB", facts.Language);
        Assert.Equal(3, facts.Outline!.Count);
    }

    [Fact]
    public void Verifier_reports_every_missing_part_located_in_the_pdf()
    {
        var bare = new Dictionary<int, string> { [1] = "<</Type/Catalog/Pages 2 0 R>>", [2] = "<</Type/Pages/Kids[]/Count 0>>" };
        var source = Document(Section("intro", "1", "Introduction"));

        var issues = PdfAccessibilityVerifier.Verify(MinimalPdf.Write(bare), "output/x/x.pdf", source).Select(i => i.ToString()).ToList();

        Assert.Equal(
        [
            "output/x/x.pdf: tags: error: the PDF is not tagged (no /StructTreeRoot): screen readers get no headings, lists or tables",
            "output/x/x.pdf: tags: error: /MarkInfo does not say /Marked true: readers will not trust the tags",
            "output/x/x.pdf: language: error: the PDF has no /Lang (expected 'en-GB'): screen readers cannot pick a voice",
            "output/x/x.pdf: title: error: the PDF has no /Title in its info dictionary or XMP metadata",
            "output/x/x.pdf: bookmarks: error: the PDF has no /Outlines (bookmarks) for its 1 headings",
        ], issues);
    }

    [Fact]
    public void Verifier_names_the_heading_without_a_bookmark_and_a_wrong_language_or_title()
    {
        var source = Document(Info with { Title = "Officers' Policy", Language = "cy" },
            Section("intro", "1", "Introduction"), Section("scope", "2", "Scope (and \\ limits)"), Section("review", "3", "Review"));

        var issues = PdfAccessibilityVerifier.Verify(MinimalPdf.Write(Tagged, trailer: "/Root 1 0 R/Info 9 0 R"), "x.pdf", source)
            .Select(i => i.ToString()).ToList();

        Assert.Equal(
        [
            "x.pdf: language: error: the PDF's /Lang is 'en-GB', expected 'cy'",
            "x.pdf: section 3: error: no bookmark for heading \"3 Review\" in the PDF outline",
        ], issues);
    }

    [Fact]
    public void Not_a_pdf_is_one_error()
    {
        var issue = Assert.Single(PdfAccessibilityVerifier.Verify("<html>"u8.ToArray(), "x.pdf", Document()));

        Assert.Contains("not a PDF that can be checked", issue.Message);
    }
}
