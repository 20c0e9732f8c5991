using PolicyBuild.Layout;
using static PolicyBuild.Tests.Rendering.Html.TestLayouts;

namespace PolicyBuild.Tests.Rendering.Html;

/// <summary>Revisions the sample does not have: moves, formatting changes, removed list items.</summary>
public class HtmlRevisionTests
{
    private static readonly Revision MovedFrom = new(RevisionKind.MovedFrom, MoveName: "move1");
    private static readonly Revision MovedTo = new(RevisionKind.MovedTo, MoveName: "move1");

    [Fact]
    public void A_moved_clause_is_deleted_at_its_old_place_and_inserted_at_its_new_one_both_named_by_the_move()
    {
        var page = HtmlPage.Of(Document(
            Title(),
            Clause("moving", "1.1", "Text that moves.", MovedFrom),
            Clause("staying", "1.1", "Text that stays."),
            Clause("moving", "1.2", "Text that moves.", MovedTo)));
        var (from, to) = (page.All("p.clause")[0], page.All("p.clause")[2]);
        Assert.Equal(["deleted", "moved"], from.ClassList.Where(c => c is "deleted" or "moved"));
        Assert.Equal(["inserted", "moved"], to.ClassList.Where(c => c is "inserted" or "moved"));
        Assert.All(from.QuerySelectorAll("del"), del => Assert.Equal("move1", del.GetAttribute("data-move")));
        Assert.All(to.QuerySelectorAll("ins"), ins => Assert.Equal("move1", ins.GetAttribute("data-move")));
        Assert.All(page.All("ins, del"), change => Assert.Contains("moved", change.ClassList));
        Assert.Equal("[moved away: ", from.QuerySelector("del > .sr-only")!.TextContent);
        Assert.Equal("[moved here: ", to.QuerySelector("ins > .sr-only")!.TextContent);
        // The new place owns the id; the old copy's number is taken by the clause now numbered 1.1.
        Assert.Same(to, page.Element("moving"));
        Assert.False(from.HasAttribute("id"));
        Assert.Same(page.All("p.clause")[1], page.Element("clause-1.1").ParentElement);
        Assert.Same(to, page.Element("clause-1.2").ParentElement);
        Assert.Empty(from.QuerySelectorAll("a[id]"));
    }

    [Fact]
    public void A_formatting_change_is_marked_with_a_titled_span_around_the_newly_formatted_text()
    {
        var page = HtmlPage.Of(Document(Title(), Paragraph(StyleIds.BodyText,
            new LayoutRun("Now "),
            new LayoutRun("bold", RunFormat.Bold, Revision: new Revision(RevisionKind.FormatChanged, RunFormat.None)),
            new LayoutRun(" text."))));
        var change = Assert.Single(page.All("span.format-change"));
        Assert.Equal("formatting changed", change.GetAttribute("title"));
        Assert.Equal("bold", change.QuerySelector("strong")!.TextContent);
        Assert.Equal("[formatting changed: ", change.FirstElementChild!.TextContent);
        Assert.Empty(page.All("ins, del"));
    }

    [Fact]
    public void A_removed_list_item_is_not_counted_so_the_others_keep_their_draft_letters()
    {
        var page = HtmlPage.Of(Document(
            Title(),
            Clause("c", "1.1", "Lead-in:"),
            Item("clause:c", "first"),
            Item("clause:c", "removed", mark: Revision.Deleted),
            Item("clause:c", "second"),
            Item("clause:c", "added", mark: Revision.Inserted)));
        var items = Assert.Single(page.All("ol")).Children;
        Assert.Equal([null, null, "2", "3"], items.Select(li => li.GetAttribute("value")));
        Assert.Contains("deleted", items[1].ClassList);
        Assert.Contains("inserted", items[3].ClassList);
        Assert.Contains("li.deleted { list-style-type: none; }", page.Html);
    }

    [Fact]
    public void A_paragraph_with_a_tracked_mark_gets_a_class_for_the_margin_bar_and_a_clean_one_none()
    {
        var page = HtmlPage.Of(Document(Title(), Clause("new", "1.1", "New.", Revision.Inserted), Clause("old", "1.2", "Old.", Revision.Deleted), Clause("same", "1.2", "Same.")));
        Assert.Contains("inserted", page.Element("new").ClassList);
        Assert.Contains("deleted", page.Element("old").ClassList);
        Assert.Equal(["clause", "numbered"], page.Element("same").ClassList);
        Assert.Contains(".deleted::before { border-left: .25rem dashed var(--del); }", page.Html);
        Assert.Contains(".inserted::before { border-left: .25rem solid var(--ins); }", page.Html);
    }
}
