using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Html.Parser;
using PolicyBuild.Layout;
using PolicyBuild.Publishing.Accessibility;
using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace PolicyBuild.Tests.Publishing;

/// <summary>
/// <c>publish --draft</c> of the sample on the shared LibreOffice: tagged PDFs with language, title and a
/// bookmark per section as PdfPig reads them, the redline's insertions in its PDF, HTML that parses,
/// and a manifest whose sizes and hashes match the files.
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public sealed class PublishSampleTests : IClassFixture<PublishedSample>
{
    private static readonly string[] Expected =
    [
        "2021-07-hr-pack.docx", "2021-07-hr-pack.html", "2021-07-hr-pack.pdf", "2021-07-hr-report.docx", "2021-07-hr-report.html",
        "2021-07-hr-report.pdf", "changes.json", "manifest.json",
        "social-media-marked-revisions.docx", "social-media-marked-revisions.html", "social-media-marked-revisions.pdf",
        "social-media.docx", "social-media.html", "social-media.pdf",
    ];

    private readonly PublishedSample _sample;
    private readonly LibreOfficeFixture _libreOffice;

    public PublishSampleTests(LibreOfficeFixture libreOffice, PublishedSample sample)
    {
        _sample = sample;
        _libreOffice = libreOffice;
        var run = sample.Run(libreOffice.Session);
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void Publishing_again_gives_byte_identical_files_pdf_and_manifest_included()
    {
        _sample.Run(null!);
        using var again = new TempDirectory();
        var run = PublishedSample.Publish(_libreOffice.Session, RepositoryPaths.SamplePolicy, again.Path, "--draft");
        Assert.True(run.ExitCode == 0, run.ToString());

        foreach (var file in Expected)
        {
            Assert.True(File.ReadAllBytes(_sample.PathOf(file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again.Path, "social-media", file))),
                $"{file} differs between two publishes");
        }
    }

    [Fact]
    public void Writes_every_format_of_every_document_and_no_warnings()
    {
        var run = _sample.Run(null!);

        Assert.Equal(Expected, Directory.GetFiles(_sample.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(string.Empty, run.Error);
        Assert.Matches(@"pdf: 4 documents converted in one LibreOffice \S+ session", run.Output);
        Assert.EndsWith("manifest.json", run.Output.Split('\n').Last(l => l.StartsWith("wrote ", StringComparison.Ordinal)).Split(' ')[1]);
    }

    [Fact]
    public void Clean_pdf_is_tagged_in_en_GB_with_title_and_a_bookmark_per_section()
    {
        using var pdf = PdfDocument.Open(_sample.PathOf("social-media.pdf"));
        var catalog = pdf.Structure.Catalog.CatalogDictionary;

        Assert.True(catalog.ContainsKey(NameToken.Create("StructTreeRoot")), "no structure tree: the PDF is not tagged");
        var markInfo = Assert.IsType<DictionaryToken>(catalog.Data["MarkInfo"]);
        Assert.True(Assert.IsType<BooleanToken>(markInfo.Data["Marked"]).Data);
        Assert.Equal("en-GB", ((StringToken)catalog.Data["Lang"]).Data);
        Assert.Equal("Officers' Social Media Policy", pdf.Information.Title);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var policy = TestToolchain.Load(RepositoryPaths.SamplePolicy);
        Assert.Equal(policy.Sections.Select(s => $"{s.Number} {s.Title}"), bookmarks.GetNodes().Where(n => n.Level == 0).Select(n => n.Title));
        Assert.Equal(7, policy.Sections.Length);
    }

    [Fact]
    public void Clean_pdf_has_the_text_of_clause_5_12_and_says_DRAFT()
    {
        var text = PdfText.Of(_sample.PathOf("social-media.pdf"));
        var clause = ClauseText(TestToolchain.Layout(RepositoryPaths.SamplePolicy), "business-contacts", _ => true);

        Assert.StartsWith("5.12", clause);
        Assert.True(clause.Length > 100, clause);
        Assert.Contains(PdfText.Squeeze(clause), text);
        Assert.Contains("DRAFTforconsideration", text);
    }

    [Fact]
    public void Marked_pdf_shows_the_inserted_text_of_clause_5_14()
    {
        var inserted = ClauseText(MarkedLayout(), "no-investigatory-use-personal", r => r.Revision?.Kind == RevisionKind.Inserted);

        Assert.True(inserted.Length > 100, inserted);
        Assert.Contains(PdfText.Squeeze(inserted), PdfText.Of(_sample.PathOf("social-media-marked-revisions.pdf")));
        using var pdf = PdfDocument.Open(_sample.PathOf("social-media-marked-revisions.pdf"));
        Assert.Equal("Draft new Officers' Social Media Policy (Marked to show revisions)", pdf.Information.Title);
    }

    [Fact]
    public void Report_and_pack_pdfs_are_tagged_with_bookmarks()
    {
        foreach (var name in new[] { "2021-07-hr-report.pdf", "2021-07-hr-pack.pdf" })
        {
            using var pdf = PdfDocument.Open(_sample.PathOf(name));
            Assert.True(pdf.Structure.Catalog.CatalogDictionary.ContainsKey(NameToken.Create("StructTreeRoot")), name);
            Assert.True(pdf.TryGetBookmarks(out var bookmarks), name);
            Assert.Contains(bookmarks.GetNodes(), n => n.Title == "Legal");
        }
    }

    [Fact]
    public void Manifest_lists_every_other_file_with_its_size_and_hash()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(_sample.PathOf("manifest.json")));
        var root = manifest.RootElement;
        var files = root.GetProperty("files").EnumerateArray().ToList();

        Assert.Equal("social-media", root.GetProperty("policy").GetString());
        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("draft", root.GetProperty("status").GetString());
        Assert.Equal(SourceCommitOfRepository(), root.GetProperty("sourceCommit").GetString());
        Assert.Equal(Expected.Where(f => f != "manifest.json"), files.Select(f => f.GetProperty("path").GetString()));
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(_sample.PathOf(file.GetProperty("path").GetString()!));
            Assert.Equal(bytes.Length, file.GetProperty("bytes").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.GetProperty("sha256").GetString());
            Assert.Equal(Path.GetExtension(file.GetProperty("path").GetString())![1..], file.GetProperty("format").GetString());
        }

        Assert.Equal(["pack", "pack", "pack", "report", "report", "report", "changes", "marked-revisions", "marked-revisions", "marked-revisions", "policy", "policy", "policy"],
            files.Select(f => f.GetProperty("kind").GetString()));
    }

    [Fact]
    public void Html_of_the_clean_and_marked_policy_parses_with_language_title_and_text()
    {
        var parser = new HtmlParser();
        var clean = parser.ParseDocument(File.ReadAllText(_sample.PathOf("social-media.html")));
        var marked = parser.ParseDocument(File.ReadAllText(_sample.PathOf("social-media-marked-revisions.html")));

        Assert.Equal("en-GB", clean.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Officers' Social Media Policy", clean.Title);
        Assert.Contains(PdfText.Squeeze(ClauseText(TestToolchain.Layout(RepositoryPaths.SamplePolicy), "business-contacts", _ => true))[4..],
            PdfText.Squeeze(clean.Body!.TextContent));
        Assert.Equal("Draft new Officers' Social Media Policy (Marked to show revisions)", marked.Title);
        // Clause ids are kept in the HTML; the clause is all inserted, so its words are inside <ins>.
        var clause = marked.GetElementById("no-investigatory-use-personal")!;
        foreach (var hidden in clause.QuerySelectorAll(".sr-only").ToList())
        {
            hidden.Remove();
        }

        var inserted = PdfText.Squeeze(string.Concat(clause.QuerySelectorAll("ins").Select(e => e.TextContent)));
        Assert.Equal(PdfText.Squeeze(ClauseText(MarkedLayout(), "no-investigatory-use-personal", r => r.Revision?.Kind == RevisionKind.Inserted)), inserted);
    }

    /// <summary>The text of a clause's paragraphs, from the runs chosen, whitespace normalised.</summary>
    private static string ClauseText(LayoutDocument layout, string id, Func<LayoutRun, bool> runs) =>
        ParagraphText.Normalise(layout.Blocks.OfType<LayoutParagraph>()
            .Where(p => p.UnitKey == UnitKeys.Clause(id))
            .SelectMany(p => p.Runs.Where(runs).Select(r => r.Text).Append(" ")));

    private static LayoutDocument MarkedLayout()
    {
        var toolchain = TestToolchain.Create();
        var result = new PolicyBuild.Publishing.PolicyPackBuilder(toolchain)
            .Build(RepositoryPaths.SamplePolicy, new PolicyBuild.Publishing.Outputs.BuildOptions(Path.Combine(Path.GetTempPath(), "unused")));
        return result.Marked!;
    }

    private static string SourceCommitOfRepository() =>
        PolicyBuild.Publishing.Manifest.SourceCommit.Of(RepositoryPaths.Root) ?? throw new InvalidOperationException("the repository has no commit");
}
