using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Html;

/// <summary>How revisions look on the page: elements, classes and the words a screen reader hears.</summary>
internal static class HtmlRevisions
{
    /// <summary><c>ins</c> for content the draft adds, <c>del</c> for content it removes, <c>span</c> for a formatting change.</summary>
    public static string Tag(RevisionKind kind) => kind switch
    {
        RevisionKind.Inserted or RevisionKind.MovedTo => "ins",
        RevisionKind.Deleted or RevisionKind.MovedFrom => "del",
        _ => "span",
    };

    public static string? InlineClass(RevisionKind kind) => kind switch
    {
        RevisionKind.MovedFrom or RevisionKind.MovedTo => "moved",
        RevisionKind.FormatChanged => "format-change",
        _ => null,
    };

    /// <summary>The class of a whole paragraph, list item or table row whose mark is tracked.</summary>
    public static string? BlockClass(Revision? mark) => mark?.Kind switch
    {
        RevisionKind.Inserted => "inserted",
        RevisionKind.Deleted => "deleted",
        RevisionKind.MovedTo => "inserted moved",
        RevisionKind.MovedFrom => "deleted moved",
        RevisionKind.FormatChanged => "format-changed",
        _ => null,
    };

    /// <summary>Read out before the changed text, so the change does not rely on colour or line style.</summary>
    public static string Announcement(RevisionKind kind) => kind switch
    {
        RevisionKind.Inserted => "inserted",
        RevisionKind.Deleted => "deleted",
        RevisionKind.MovedTo => "moved here",
        RevisionKind.MovedFrom => "moved away",
        _ => "formatting changed",
    };
}
