using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Rendering.Html;

/// <summary>The sample's marked page (2018 baseline → 2021 draft): what changed, readable without colour.</summary>
public class MarkedHtmlPageTests
{
    private static HtmlPage Marked => SamplePages.Marked;

    [Fact]
    public void A_marked_page_explains_its_marks_and_a_clean_page_has_no_legend()
    {
        var legend = Assert.Single(Marked.All("main > .legend"));
        Assert.Contains("Insertions are underlined, deletions struck through", legend.TextContent);
        Assert.Empty(SamplePages.Draft.All(".legend"));
        Assert.Empty(SamplePages.Draft.All("ins, del"));
    }

    [Fact]
    public void The_new_clause_5_14_is_inserted_whole()
    {
        var clause = Marked.Element("no-investigatory-use-personal");
        Assert.Contains("inserted", clause.ClassList);
        Assert.Same(clause, Marked.Element("clause-5.14").ParentElement);
        Assert.Contains(clause.QuerySelectorAll("ins"),
            ins => HtmlPage.SeenText(ins).Contains("Personal social media accounts must never be used to look into", StringComparison.Ordinal));
        Assert.Empty(clause.QuerySelectorAll("del"));
    }

    [Fact]
    public void Words_replaced_in_clause_5_12_are_deleted_and_inserted()
    {
        var clause = Marked.Element("business-contacts");
        Assert.Contains(clause.QuerySelectorAll("del"), del => HtmlPage.SeenText(del) == "not add");
        Assert.Contains(clause.QuerySelectorAll("ins"), ins => HtmlPage.SeenText(ins) == "generally avoid adding");
        Assert.DoesNotContain("inserted", clause.ClassList);
    }

    [Fact]
    public void The_renumbered_clause_5_15_shows_its_old_number_deleted_and_its_new_number_inserted()
    {
        var clause = Marked.Element("online-abuse-of-staff");
        var number = clause.QuerySelector(".number")!;
        Assert.Equal(["del", "ins"], number.Children.Select(c => c.LocalName));
        Assert.Equal("5.14", HtmlPage.SeenText(number.Children[0]));
        Assert.Equal("5.15", HtmlPage.SeenText(number.Children[1]));
        Assert.Same(clause, Marked.Element("clause-5.15").ParentElement);
        Assert.Empty(clause.QuerySelectorAll(":scope > ins, :scope > del"));
    }

    [Fact]
    public void Every_change_is_announced_in_words_for_screen_readers()
    {
        var changes = Marked.All("ins, del");
        Assert.True(changes.Length > 40, $"only {changes.Length} changes");
        Assert.All(changes, change =>
        {
            var first = change.FirstElementChild!;
            Assert.Contains("sr-only", first.ClassList);
            Assert.Equal(change.LocalName == "ins" ? "[inserted: " : "[deleted: ", first.TextContent);
            Assert.Equal("]", change.LastElementChild!.TextContent);
        });
        Assert.Contains(".sr-only {", Marked.Html);
        Assert.Contains("del { color: var(--del); background: var(--del-bg); text-decoration: line-through;", Marked.Html);
        Assert.Contains("ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline;", Marked.Html);
    }

    [Fact]
    public void The_deleted_section_8_keeps_its_anchor_for_the_deleted_contents_entry()
    {
        var heading = Marked.Element("review");
        Assert.Equal("h2", heading.LocalName);
        Assert.Contains("deleted", heading.ClassList);
        Assert.Same(heading, Marked.Element("section-8").ParentElement);
        var entry = Assert.Single(Marked.All("nav li.deleted"));
        Assert.Equal("#review", entry.QuerySelector("a")!.GetAttribute("href"));
        Assert.All(Marked.All("#annual-review-duplicate, #review-consultation, #review-triggers"), p => Assert.Contains("deleted", p.ClassList));
    }

    [Fact]
    public void Replaced_table_rows_are_marked_deleted_and_inserted_and_labelled_rows_are_edited_in_place()
    {
        var rows = Marked.All("table")[0].QuerySelectorAll("tbody > tr").ToList();
        var replaced = rows.Single(r => HtmlPage.SeenText(r.Children[0]) == "Adopted on");
        var replacement = rows.Single(r => HtmlPage.SeenText(r.Children[0]) == "Meeting date");
        Assert.Contains("deleted", replaced.ClassList);
        Assert.Contains("inserted", replacement.ClassList);
        Assert.Equal("12 September 2018", HtmlPage.SeenText(replaced.QuerySelector("td:nth-child(2) del")!));

        var owner = rows.Single(r => HtmlPage.SeenText(r.Children[0]) == "Owner");
        Assert.DoesNotContain("deleted", owner.ClassList);
        Assert.DoesNotContain("inserted", owner.ClassList);
        Assert.Contains("Head of Customer and Commercial Services", HtmlPage.SeenText(owner.QuerySelector("td:nth-child(2) del")!));
    }

    [Fact]
    public void The_visible_text_of_the_marked_page_matches_the_approved_text()
    {
        Approvals.Verify("Rendering/Html", "sample-marked-page", VisibleText.Of(Marked.Document.Body!));
    }
}
