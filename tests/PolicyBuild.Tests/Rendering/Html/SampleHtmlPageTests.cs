using AngleSharp.Dom;
using PolicyBuild.Layout;
using PolicyBuild.Rendering.Html;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Rendering.Html;

/// <summary>The sample policy's clean pages: document facts, structure, anchors, links, tables, self-containment.</summary>
public class SampleHtmlPageTests
{
    private static HtmlPage Draft => SamplePages.Draft;

    [Fact]
    public void The_page_declares_language_title_description_author_and_viewport()
    {
        var document = Draft.Document;
        Assert.StartsWith("<!DOCTYPE html>", Draft.Html, StringComparison.Ordinal);
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Officers' Social Media Policy", document.Title);
        Assert.Equal("utf-8", document.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Equal("Officers' Social Media Policy, version 2.0", document.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("Assistant Director (Partnerships), Partnerships", document.QuerySelector("meta[name=author]")!.GetAttribute("content"));
        Assert.Contains("width=device-width", document.QuerySelector("meta[name=viewport]")!.GetAttribute("content"));
    }

    [Fact]
    public void The_title_is_the_only_h1()
    {
        var h1 = Assert.Single(Draft.All("h1"));
        Assert.Equal("Officers' Social Media Policy", h1.TextContent);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("baseline")]
    [InlineData("marked")]
    public void Heading_levels_start_at_h1_and_never_skip_a_level(string page)
    {
        var levels = SamplePages.Named(page).All("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"h{levels[i]} follows h{levels[i - 1]} (heading {i + 1})");
        }

    }

    [Fact]
    public void Every_clause_of_the_draft_has_its_id_and_an_anchor_by_number()
    {
        var clauses = Draft.Layout.Blocks.OfType<LayoutParagraph>()
            .Where(p => p.Runs.Length > 0 && p.Runs[0].Kind == RunKind.ClauseNumber)
            .ToList();
        Assert.Equal(67, clauses.Count);
        foreach (var clause in clauses)
        {
            var element = Draft.Element(clause.Bookmark!);
            var anchor = Draft.Element("clause-" + clause.Runs[0].Text);
            Assert.Same(element, anchor.ParentElement);
            Assert.StartsWith(clause.Runs[0].Text + " ", element.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("5.12", "business-contacts", "Staff should generally avoid adding business contacts")]
    [InlineData("6.13", "no-investigatory-use-corporate", "Corporate accounts must not be used to carry out investigations")]
    public void A_clause_can_be_linked_to_by_id_and_by_number(string number, string id, string start)
    {
        var byId = Draft.Element(id);
        Assert.Equal("p", byId.LocalName);
        Assert.Contains("clause", byId.ClassList);
        Assert.Same(byId, Draft.Element("clause-" + number).ParentElement);
        Assert.Equal(number, byId.QuerySelector(".number")!.TextContent);
        Assert.StartsWith($"{number} {start}", byId.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_are_h2_with_their_id_and_an_anchor_by_number()
    {
        var heading = Draft.Element("personal-use");
        Assert.Equal("h2", heading.LocalName);
        Assert.Equal("5 Personal use of social media", heading.TextContent);
        Assert.Same(heading, Draft.Element("section-5").ParentElement);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("baseline")]
    [InlineData("marked")]
    public void Every_internal_link_lands_on_an_element_of_the_page(string page)
    {
        var html = SamplePages.Named(page);
        var targets = html.All("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToHashSet();
        Assert.All(targets, id => Assert.NotNull(html.Document.GetElementById(id)));
        var linkedInLayout = Runs(html.Layout).Select(r => r.Link).OfType<string>().Where(l => l.StartsWith('#')).Select(l => l[1..]).ToHashSet();
        Assert.True(linkedInLayout.Count >= 8, $"only {linkedInLayout.Count} internal links in the layout");
        Assert.Subset(targets, linkedInLayout);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("baseline")]
    [InlineData("marked")]
    public void Ids_are_unique(string page)
    {
        var ids = SamplePages.Named(page).All("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_table_has_column_headers_in_thead_and_cells_in_tbody()
    {
        var tables = Draft.All("table");
        Assert.Equal(2, tables.Length);
        foreach (var table in tables)
        {
            var headers = table.QuerySelectorAll("thead > tr > th");
            Assert.NotEmpty(headers);
            Assert.All(headers, th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.Empty(table.QuerySelectorAll("tbody th"));
            Assert.NotEmpty(table.QuerySelectorAll("tbody > tr > td"));
        }

        Assert.Equal(["Role", "Responsibility"], tables[1].QuerySelectorAll("th").Select(th => th.TextContent));
        Assert.Equal("Document information", Draft.Element(tables[0].GetAttribute("aria-labelledby")!).TextContent);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("baseline")]
    [InlineData("marked")]
    public void The_page_loads_nothing_from_outside(string page)
    {
        var html = SamplePages.Named(page);
        Assert.Empty(html.All("script, link, img, picture, source, iframe, object, embed, audio, video, base, svg"));
        Assert.Empty(html.All("[src], [srcset], [style]"));
        Assert.DoesNotContain("src=", html.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html.Html, StringComparison.OrdinalIgnoreCase);
        var externalInText = Runs(html.Layout).Select(r => r.Link).OfType<string>().Where(l => !l.StartsWith('#')).ToHashSet();
        Assert.All(html.All("[href]").Select(a => a.GetAttribute("href")!),
            href => Assert.True(href.StartsWith('#') || externalInText.Contains(href), $"unexpected href {href}"));
        Assert.Single(html.All("head > style"));
    }

    [Fact]
    public void The_draft_shows_a_draft_banner_in_words_and_the_adopted_baseline_does_not()
    {
        var banner = Assert.Single(Draft.All("header .draft-banner"));
        Assert.Equal("DRAFT", banner.TextContent);
        Assert.Empty(SamplePages.Baseline.All(".draft-banner"));
        Assert.DoesNotContain("DRAFT", SamplePages.Baseline.Document.QuerySelector("header")!.TextContent);
    }

    [Fact]
    public void Header_and_footer_carry_the_document_texts()
    {
        Assert.Equal("Officers' Social Media Policy", Draft.Document.QuerySelector("body > header .header-text")!.TextContent);
        Assert.Equal(Draft.Layout.Info.FooterText, Draft.Document.QuerySelector("body > footer")!.TextContent);
        Assert.Contains("Version 2.0", Draft.Layout.Info.FooterText);
    }

    [Fact]
    public void The_contents_is_a_nav_labelled_by_its_heading_with_a_link_per_section()
    {
        var nav = Assert.Single(Draft.All("nav"));
        var label = Draft.Element(nav.GetAttribute("aria-labelledby")!);
        Assert.Equal("Contents", label.TextContent);
        Assert.Same(nav, label.ParentElement);
        var links = nav.QuerySelectorAll("li > a");
        Assert.Equal(7, links.Length);
        Assert.Equal("#personal-use", links[4].GetAttribute("href"));
        Assert.Equal("5 Personal use of social media", links[4].TextContent);
    }

    [Fact]
    public void Lettered_lists_are_ordered_lists_shown_as_a_in_brackets_and_closing_text_stays_outside()
    {
        var lettered = Draft.Element("prohibited-content").NextElementSibling!;
        Assert.Equal("ol", lettered.LocalName);
        Assert.Equal("a", lettered.GetAttribute("type"));
        Assert.Contains("lower-letter", lettered.ClassList);
        Assert.Equal(4, lettered.Children.Length);
        Assert.Contains("ol.lower-letter { list-style-type: lower-alpha; list-style-type: paren-lower-alpha; }", Draft.Html);
        Assert.Contains("prefix: \"(\"; suffix: \") \"", Draft.Html);

        var bullets = Draft.Element("who-it-applies-to").NextElementSibling!;
        Assert.Equal("ul", bullets.LocalName);
        Assert.Equal(4, bullets.Children.Length);
        var after = bullets.NextElementSibling!;
        Assert.Equal("p", after.LocalName);
        Assert.Contains("clause-continuation", after.ClassList);
        Assert.Equal("In this policy, all of these people are referred to as staff.", after.TextContent);
    }

    [Fact]
    public void Paragraph_styles_become_kebab_case_classes()
    {
        Assert.Single(Draft.All("p.draft-notice"));
        Assert.Equal(3, Draft.All("p.clause-title").Length);
        Assert.NotEmpty(Draft.All("p.clause-continuation"));
        Assert.Single(Draft.All("p.table-caption"));
        Assert.Equal(7, Draft.All("p.body-text").Length);
    }

    [Fact]
    public void The_page_break_after_the_contents_shows_nothing_on_screen_and_breaks_the_page_in_print()
    {
        var pageBreak = Assert.Single(Draft.All(".page-break"));
        Assert.Equal(string.Empty, pageBreak.TextContent);
        Assert.Equal("nav", pageBreak.PreviousElementSibling!.LocalName);
        Assert.Contains(".page-break { display: none; }", Draft.Html);
        var print = Draft.Html[Draft.Html.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Contains(".page-break { display: block; break-before: page; }", print);
    }

    [Fact]
    public void The_seven_sections_are_the_h2_headings_after_the_contents()
    {
        var sections = Draft.All("main > h2.numbered");
        Assert.Equal(7, sections.Length);
        Assert.Equal("7 Processes for corporate accounts", sections[^1].TextContent);
        Assert.Empty(Draft.All("h3, h4, h5, h6"));
    }

    [Fact]
    public void Writing_the_same_layout_twice_gives_the_same_page()
    {
        var again = new HtmlWriter().Write(TestToolchain.Layout(RepositoryPaths.SamplePolicy));
        Assert.Equal(Draft.Html, again);
        var writer = new HtmlWriter();
        var marked = TestToolchain.MarkedLayout(RepositoryPaths.SampleBaseline, RepositoryPaths.SamplePolicy);
        Assert.Equal(writer.Write(marked), writer.Write(marked));
        Assert.Equal(SamplePages.Marked.Html, writer.Write(marked));
    }

    private static IEnumerable<LayoutRun> Runs(LayoutDocument layout) => layout.Blocks.SelectMany(block => block switch
    {
        LayoutParagraph p => p.Runs,
        LayoutTableOfContents toc => toc.Entries.SelectMany(e => e.Runs),
        LayoutTable table => table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs).SelectMany(p => p.Runs),
        _ => [],
    });
}
