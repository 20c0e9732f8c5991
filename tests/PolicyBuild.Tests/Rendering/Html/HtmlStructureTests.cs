using PolicyBuild.Layout;
using static PolicyBuild.Tests.Rendering.Html.TestLayouts;

namespace PolicyBuild.Tests.Rendering.Html;

/// <summary>How flat layout blocks become page structure: headings, lists, tables, contents, breaks.</summary>
public class HtmlStructureTests
{
    [Fact]
    public void Headings_sit_one_level_below_the_title_and_never_skip_a_level()
    {
        var page = HtmlPage.Of(Document(
            Paragraph(StyleIds.Heading(2), new LayoutRun("Before the title")),
            Title(),
            Paragraph(StyleIds.Heading(1), new LayoutRun("Section")),
            Paragraph(StyleIds.Heading(4), new LayoutRun("Deep")),
            Paragraph(StyleIds.Heading(6), new LayoutRun("Deepest")),
            Paragraph(StyleIds.Title, new LayoutRun("A second title line"))));
        Assert.Equal(["h2", "h1", "h2", "h3", "h4"], page.All("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName));
        Assert.Equal("title", Assert.Single(page.All("p.title")).ClassName);
    }

    [Fact]
    public void Without_a_title_paragraph_the_document_title_is_the_h1()
    {
        var page = HtmlPage.Of(Document(Paragraph(StyleIds.Heading(1), new LayoutRun("Only a heading"))));
        Assert.Equal("Test Policy", Assert.Single(page.All("h1")).TextContent);
        Assert.Equal("Only a heading", Assert.Single(page.All("h2")).TextContent);
    }

    [Fact]
    public void Deeper_list_items_nest_inside_the_item_before_them_and_the_outer_list_carries_on()
    {
        var page = HtmlPage.Of(Document(
            Title(),
            Item("clause:c", "one", ListStyle.Decimal),
            Item("clause:c", "one-a", ListStyle.Bullet, level: 1, list: "list2"),
            Item("clause:c", "one-b", ListStyle.Bullet, level: 1, list: "list2"),
            Item("clause:c", "two", ListStyle.Decimal),
            Paragraph(StyleIds.ListParagraph, new LayoutRun("more about two")) with { UnitKey = "clause:c" },
            Paragraph(StyleIds.ClauseContinuation, new LayoutRun("after the list")) with { UnitKey = "clause:c" }));
        var outer = Assert.Single(page.All("main > ol"));
        Assert.Equal(2, outer.Children.Length);
        var nested = Assert.Single(outer.Children[0].QuerySelectorAll("ul"));
        Assert.Equal(["one-a", "one-b"], nested.Children.Select(li => li.TextContent));
        Assert.Equal("more about two", outer.Children[1].QuerySelector("p.list-paragraph")!.TextContent);
        Assert.Equal("after the list", outer.NextElementSibling!.TextContent);
        Assert.Null(outer.GetAttribute("type"));
    }

    [Fact]
    public void Lists_of_different_keys_are_separate_lists()
    {
        var page = HtmlPage.Of(Document(Title(), Item("clause:a", "a1"), Item("clause:b", "b1"), Item("clause:b", "b2", ListStyle.LowerRoman, list: "list2")));
        Assert.Equal([1, 1, 1], page.All("main > ol").Select(ol => ol.Children.Length));
        Assert.Equal(["a", "a", "i"], page.All("main > ol").Select(ol => ol.GetAttribute("type")));
    }

    [Fact]
    public void Header_rows_go_in_thead_and_short_rows_are_padded()
    {
        var table = new LayoutTable("frame:table#1",
        [
            Row(true, "Name", "Value", "Note"),
            Row(false, "a", "1"),
            Row(false, "b", "2", "new") with { Mark = Revision.Inserted },
        ]);
        var page = HtmlPage.Of(Document(Title(), table));
        Assert.Equal(3, page.All("thead th[scope=col]").Length);
        var rows = page.All("tbody > tr");
        Assert.Equal([3, 3], rows.Select(r => r.Children.Length));
        Assert.Equal(string.Empty, rows[0].Children[2].TextContent);
        Assert.Contains("inserted", rows[1].ClassList);
        Assert.Null(page.All("table")[0].GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void A_contents_without_a_heading_before_it_is_labelled_contents()
    {
        var toc = new LayoutTableOfContents("frame:toc", [Paragraph(StyleIds.Toc1, new LayoutRun("1", Link: "#s"), LayoutRun.Tab() with { Link = "#s" }, new LayoutRun("Section", Link: "#s"))]);
        var page = HtmlPage.Of(Document(Title(), toc, Paragraph(StyleIds.Heading(1), new LayoutRun("Section")) with { Bookmark = "s" }));
        var nav = Assert.Single(page.All("nav"));
        Assert.Equal("Contents", nav.GetAttribute("aria-label"));
        Assert.Equal("1", nav.QuerySelector("a > .number")!.TextContent);
        Assert.Equal("1 Section", nav.QuerySelector("a")!.TextContent);
    }

    [Fact]
    public void Formatting_line_breaks_and_tabs_become_inline_markup()
    {
        var page = HtmlPage.Of(Document(Title(), Paragraph(StyleIds.BodyText,
            new LayoutRun("bold", RunFormat.Bold),
            LayoutRun.Tab(),
            new LayoutRun("both", RunFormat.Bold | RunFormat.Italic),
            new LayoutRun("\n", Kind: RunKind.LineBreak),
            new LayoutRun("code", RunFormat.Code),
            new LayoutRun("gone", RunFormat.Strikethrough))));
        var p = Assert.Single(page.All("p.body-text"));
        Assert.Equal("<strong>bold</strong> <strong><em>both</em></strong><br><code>code</code><s>gone</s>", p.InnerHtml);
    }

    [Fact]
    public void A_page_break_is_an_empty_hidden_marker()
    {
        var page = HtmlPage.Of(Document(Title(), Text("Before."), new LayoutPageBreak("frame:break#1"), Text("After.")));
        var marker = Assert.Single(page.All("div.page-break"));
        Assert.Equal("true", marker.GetAttribute("aria-hidden"));
        Assert.Empty(marker.ChildNodes);
    }

    private static LayoutRow Row(bool header, params string[] cells) =>
        new([.. cells.Select(c => new LayoutCell([Paragraph(header ? StyleIds.TableHeading : StyleIds.TableText, new LayoutRun(c))]))], header);
}
