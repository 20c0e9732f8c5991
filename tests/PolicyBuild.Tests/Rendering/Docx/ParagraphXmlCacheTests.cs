using PolicyBuild.Diff;
using PolicyBuild.Layout;
using PolicyBuild.Rendering.Docx;
using PolicyBuild.Tests.Publishing;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Rendering.Docx;

/// <summary>
/// watch keeps each document's paragraphs' XML (<see cref="ParagraphXmlCache"/>) and writes it again where a
/// paragraph matches, its annotation ids counted on from where it now stands. Replayed as a watch sees them
/// (each edit of generated edit scripts a save, then the draft adopted as the baseline and the old text brought
/// back), the clean and the marked document written with one cache each, kept across all steps and all pairs,
/// must be byte for byte those written without one.
/// </summary>
public class ParagraphXmlCacheTests
{
    private static readonly RevisionContext Revisions = new("Test Author", new DateTime(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void After_each_save_of_generated_edit_scripts_kept_paragraphs_give_the_fresh_documents()
    {
        using var temp = new TempDirectory();
        var toolchain = TestToolchain.Create();
        var (clean, marked) = (new ParagraphXmlCache(), new ParagraphXmlCache());
        var (reused, written) = (0, 0);
        foreach (var (step, baselineBuilt, draftBuilt) in SaveReplay.Saves(toolchain, temp, seeds: 30))
        {
            var redline = new LayoutDiffer().Compare(baselineBuilt.Layout, draftBuilt.Layout);
            var markedLayout = MarkedDocument.Compose(redline, ChangeSetBuilder.Build(baselineBuilt.Policy, draftBuilt.Policy, redline), redline.Document.Info);

            Assert.True(toolchain.Writer.Write(draftBuilt.Layout).AsSpan().SequenceEqual(toolchain.Writer.Write(draftBuilt.Layout, kept: clean)),
                $"{step}: the clean document written with kept paragraphs differs from one written afresh");
            Assert.True(toolchain.Writer.Write(markedLayout, Revisions).AsSpan().SequenceEqual(toolchain.Writer.Write(markedLayout, Revisions, marked)),
                $"{step}: the marked document written with kept paragraphs differs from one written afresh");
            reused += clean.LastCounts.Reused + marked.LastCounts.Reused;
            written += clean.LastCounts.Written + marked.LastCounts.Written;
        }

        // Most paragraphs survive a save, so most were written from what was kept (each pair's first write keeps nothing yet).
        Assert.True(reused > 1.5 * written, $"{reused} paragraphs reused, {written} written afresh");
    }

    [Fact]
    public void Kept_paragraphs_take_the_ids_of_where_they_now_stand_and_text_that_looks_like_an_id_is_left_alone()
    {
        var toolchain = TestToolchain.Create();
        var cache = new ParagraphXmlCache();
        // Text that reads like the markup ids are found in: it must never be renumbered.
        var lookalike = LayoutSamples.Clause("b", "1.2", new LayoutRun("<w:bookmarkStart w:id=\"3\" /> and w:id=\"3\" stay as typed")) with { Bookmark = "b" };
        var before = LayoutSamples.Document(LayoutSamples.Section("s", "1", "Scope"), LayoutSamples.Clause("a", "1.1", new LayoutRun("First.")), lookalike);
        // A bookmarked paragraph before them: every kept paragraph's ids move on by one.
        var after = LayoutSamples.Document(new LayoutParagraph("intro", StyleIds.BodyText, LayoutSamples.Runs("Introduced."), Bookmark: "intro"),
            LayoutSamples.Section("s", "1", "Scope"), LayoutSamples.Clause("a", "1.1", new LayoutRun("First.")), lookalike);

        toolchain.Writer.Write(before, kept: cache);
        var kept = toolchain.Writer.Write(after, kept: cache);

        Assert.Equal((3, 1), cache.LastCounts);
        Assert.Equal(toolchain.Writer.Write(after), kept);
        Assert.Contains("<w:bookmarkStart w:id=\"3\" /> and w:id=\"3\" stay as typed", string.Concat(DocxText.Paragraphs(kept)), StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_that_use_what_cannot_be_replayed_are_written_afresh_each_time()
    {
        var toolchain = TestToolchain.Create();
        var cache = new ParagraphXmlCache();
        var document = LayoutSamples.Document(
            LayoutSamples.Body("link", LayoutSamples.Link("the site", "https://example.org/")),
            LayoutSamples.Body("note", new LayoutRun("Noted"), new LayoutRun("n1", Kind: RunKind.FootnoteReference)),
            new LayoutParagraph("comment", StyleIds.BodyText, LayoutSamples.Runs("Commented."), Comment: "Why it changed"),
            LayoutSamples.Body("plain", new LayoutRun("Plain.")));

        toolchain.Writer.Write(document, kept: cache);
        var again = toolchain.Writer.Write(document, kept: cache);

        Assert.Equal(toolchain.Writer.Write(document), again);
        Assert.Equal((1, 3), cache.LastCounts); // only the plain paragraph was kept
    }

    [Fact]
    public void One_cache_serves_one_write_at_a_time_and_a_failed_write_keeps_what_it_had()
    {
        var toolchain = TestToolchain.Create();
        var cache = new ParagraphXmlCache();
        var document = LayoutSamples.Document(LayoutSamples.Body("a", new LayoutRun("A.")), LayoutSamples.Body("b", new LayoutRun("B.")));
        toolchain.Writer.Write(document, kept: cache);

        // A paragraph no Word document may hold (a control character) fails the write part-way.
        var broken = LayoutSamples.Document(LayoutSamples.Body("a", new LayoutRun("A.")), LayoutSamples.Body("b", new LayoutRun("B\u0001")));
        Assert.ThrowsAny<Exception>(() => toolchain.Writer.Write(broken, kept: cache));
        toolchain.Writer.Write(document, kept: cache);
        Assert.Equal((2, 0), cache.LastCounts);

        // A cache another write is using refuses a second, and serves again once that write has ended.
        cache.Begin(new object());
        Assert.Throws<InvalidOperationException>(() => toolchain.Writer.Write(document, kept: cache));
        cache.End(completed: false);
        toolchain.Writer.Write(document, kept: cache);
        Assert.Equal((0, 2), cache.LastCounts); // another writer's paragraphs (other styles) are not reused
    }
}
