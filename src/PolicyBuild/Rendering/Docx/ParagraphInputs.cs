using PolicyBuild.Diff;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Everything a paragraph's XML depends on where it is written, besides the annotation ids it takes: the
/// paragraph, its tracked mark and looks, the list numbers and bookmark name it gets there, and the state
/// it is written in. Two paragraphs with matching inputs are written alike, ids apart (<see cref="KeptParagraph"/>).
/// </summary>
/// <param name="Paragraph">The paragraph.</param>
/// <param name="Mark">How its paragraph mark is tracked.</param>
/// <param name="Looks">Its style and list accepted and rejected.</param>
/// <param name="NumId">The <c>numId</c> of its accepted list, if any.</param>
/// <param name="OldNumId">The <c>numId</c> its <c>w:pPrChange</c> records, if any.</param>
/// <param name="Bookmark">The bookmark it opens (null: none, or its name is already taken).</param>
/// <param name="PageBreakBefore">It starts a new page.</param>
/// <param name="InsertionsLater">Its insertions are stamped apart (<see cref="InsertionStamps"/>).</param>
/// <param name="Revisions">The author and date of its tracked changes.</param>
internal sealed record ParagraphInputs(
    LayoutParagraph Paragraph,
    TrackedMark Mark,
    ParagraphLooks Looks,
    int? NumId,
    int? OldNumId,
    string? Bookmark,
    bool PageBreakBefore,
    bool InsertionsLater,
    RevisionContext Revisions)
{
    /// <summary>Equal by value, the paragraph's runs compared one by one (a record compares arrays by reference).</summary>
    public bool Matches(ParagraphInputs other) =>
        this with { Paragraph = other.Paragraph } == other && BlockEquality.Same(Paragraph, other.Paragraph);
}
