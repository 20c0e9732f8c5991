using PolicyBuild.Layout;
using static PolicyBuild.Tests.Rendering.Html.TestLayouts;

namespace PolicyBuild.Tests.Rendering.Html;

/// <summary>Footnotes: numbered by first use, linked both ways, unused ones left out.</summary>
public class HtmlFootnoteTests
{
    private static readonly HtmlPage Page = HtmlPage.Of(new LayoutDocument(Info(),
        [
            Title(),
            Paragraph(StyleIds.BodyText, new LayoutRun("First cites B"), Reference("b~1"), new LayoutRun(" then A"), Reference("a~1"), new LayoutRun(".")),
            Paragraph(StyleIds.BodyText, new LayoutRun("B again"), Reference("b~1")),
        ],
        [
            new LayoutFootnote("a~1", [Paragraph(StyleIds.FootnoteText, new LayoutRun("Note A."))]),
            new LayoutFootnote("b~1", [Paragraph(StyleIds.FootnoteText, new LayoutRun("Note B, first paragraph.")), Paragraph(StyleIds.FootnoteText, new LayoutRun("Second paragraph."))]),
            new LayoutFootnote("unused~1", [Paragraph(StyleIds.FootnoteText, new LayoutRun("Nobody cites me."))]),
        ]));

    [Fact]
    public void References_are_superscript_links_numbered_in_order_of_first_use()
    {
        var references = Page.All("sup > a.footnote-ref");
        Assert.Equal(["1", "2", "1"], references.Select(a => a.TextContent));
        Assert.Equal(["#fn-1", "#fn-2", "#fn-1"], references.Select(a => a.GetAttribute("href")));
        Assert.Equal(["fnref-1", "fnref-2", "fnref-1-2"], references.Select(a => a.Id));
    }

    [Fact]
    public void The_footnotes_section_lists_each_used_note_once_with_links_back_to_every_reference()
    {
        var section = Assert.Single(Page.All("main > section.footnotes"));
        Assert.Equal("Footnotes", Page.Element(section.GetAttribute("aria-labelledby")!).TextContent);
        var notes = section.QuerySelectorAll("ol > li");
        Assert.Equal(["fn-1", "fn-2"], notes.Select(n => n.Id));
        Assert.Equal(2, notes[0].QuerySelectorAll("p").Length);
        Assert.StartsWith("Note B, first paragraph.", notes[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(["#fnref-1", "#fnref-1-2"], notes[0].QuerySelectorAll("a.footnote-back").Select(a => a.GetAttribute("href")));
        Assert.Empty(notes[0].QuerySelector("p")!.QuerySelectorAll("a.footnote-back"));
        Assert.Equal(["#fnref-2"], notes[1].QuerySelectorAll("a.footnote-back").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("Nobody cites me", Page.Html, StringComparison.Ordinal);
        Assert.All(Page.All("a[href^='#fn']"), a => Assert.NotNull(Page.Document.GetElementById(a.GetAttribute("href")![1..])));
    }

    [Fact]
    public void A_page_without_footnote_references_has_no_footnotes_section()
    {
        var page = HtmlPage.Of(Document(Title(), Text("No notes here.")));
        Assert.Empty(page.All(".footnotes, sup"));
    }

    private static LayoutRun Reference(string key) => new(key, Kind: RunKind.FootnoteReference);
}
