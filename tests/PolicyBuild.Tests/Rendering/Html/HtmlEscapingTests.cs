using PolicyBuild.Layout;
using static PolicyBuild.Tests.Rendering.Html.TestLayouts;

namespace PolicyBuild.Tests.Rendering.Html;

/// <summary>Text never becomes markup, and links can neither run script nor leave the page unmarked.</summary>
public class HtmlEscapingTests
{
    private const string Nasty = "<script>alert(\"x\")</script> & 'quotes' \u0001";

    [Fact]
    public void Text_and_attributes_are_escaped()
    {
        var info = Info(title: Nasty) with { Subject = Nasty, Author = Nasty, HeaderText = Nasty, FooterText = Nasty };
        var page = HtmlPage.Of(new LayoutDocument(info, [Title(Nasty), Text(Nasty)], []));
        var expected = Nasty.Replace('\u0001', '\uFFFD');
        Assert.Empty(page.All("script"));
        Assert.Equal(expected, page.Document.Title);
        Assert.Equal(expected, page.Document.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(expected, page.Document.QuerySelector("meta[name=author]")!.GetAttribute("content"));
        Assert.Equal(expected, page.All("h1")[0].TextContent);
        Assert.Equal(expected, page.All("p.body-text")[0].TextContent);
        Assert.Equal(expected, page.Document.QuerySelector("footer")!.TextContent);
        Assert.DoesNotContain("<script>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void External_links_open_without_opener_and_unsafe_schemes_stay_plain_text()
    {
        var page = HtmlPage.Of(Document(Title(), Paragraph(StyleIds.BodyText,
            new LayoutRun("site", Link: "https://example.org/a?b=1&c=2"),
            new LayoutRun(" mail", Link: "mailto:someone@example.org"),
            new LayoutRun(" trap", Link: "javascript:alert(1)"),
            new LayoutRun(" trap2", Link: "java\tscript:alert(1)"),
            new LayoutRun(" data", Link: "data:text/html,<b>x</b>"))));
        var links = page.All("a.external");
        Assert.Equal(["https://example.org/a?b=1&c=2", "mailto:someone@example.org"], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal("noopener", a.GetAttribute("rel")));
        Assert.Equal("site mail trap trap2 data", page.All("p.body-text")[0].TextContent);
        Assert.Contains("a.external::after { content: \" (\" attr(href) \")\";", page.Html);
    }

    [Fact]
    public void Ids_and_internal_links_with_whitespace_are_made_valid_the_same_way()
    {
        var page = HtmlPage.Of(Document(
            Title(),
            Paragraph(StyleIds.Heading(1), new LayoutRun("Odd")) with { Bookmark = "odd id" },
            Paragraph(StyleIds.BodyText, new LayoutRun("see", Link: "#odd id"))));
        Assert.Equal("#odd-id", page.All("p.body-text a")[0].GetAttribute("href"));
        Assert.Equal("h2", page.Element("odd-id").LocalName);
    }
}
