using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>Writes one layout paragraph: style, list numbering, bookmark, tracked paragraph mark, runs.</summary>
internal sealed class ParagraphWriter(RenderState state)
{
    private readonly RunWriter _runs = new(state);

    /// <param name="paragraph">The paragraph to write.</param>
    /// <param name="mark">How the paragraph mark is tracked: body paragraphs get it from <see cref="ParagraphMarks"/>.</param>
    /// <param name="before">Elements placed at the start (e.g. a move range start).</param>
    /// <param name="after">Elements placed at the end (e.g. a move range end).</param>
    /// <param name="looks">Its properties accepted and rejected, when a join decides them (<see cref="JoinedLooks"/>); else its own.</param>
    public Paragraph Write(LayoutParagraph paragraph, TrackedMark mark = default, IEnumerable<OpenXmlElement>? before = null, IEnumerable<OpenXmlElement>? after = null,
        ParagraphLooks? looks = null) =>
        Write(Prepare(paragraph, mark, looks), before, after);

    /// <summary>What writing the paragraph here depends on; registers its lists, in the order writing it always did.</summary>
    public ParagraphInputs Prepare(LayoutParagraph paragraph, TrackedMark mark = default, ParagraphLooks? looks = null)
    {
        looks ??= ParagraphLooks.Of(paragraph);
        int? numId = looks.Accepted.List is { } list ? state.Numbering.NumIdFor(list) : null;
        int? oldNumId = RecordsRejected(looks) && looks.Rejected.List is { } oldList ? state.Numbering.NumIdFor(oldList) : null;
        var bookmark = BookmarkName(paragraph) is { } name && !state.IsBookmarkClaimed(name) ? name : null;
        return new ParagraphInputs(paragraph, mark, looks, numId, oldNumId, bookmark, state.PageBreakPending, state.InsertionsLater, state.Revisions);
    }

    /// <summary>
    /// Where the paragraph's kept XML is written instead of the paragraph (<see cref="KeptParagraph"/>): takes from the
    /// state what writing it takes (its bookmark, the pending page break, its <paramref name="idCount"/> ids); the first id.
    /// </summary>
    public int Reuse(ParagraphInputs inputs, int idCount)
    {
        state.PageBreakPending = false;
        if (inputs.Bookmark is { } bookmark)
        {
            state.ClaimBookmark(bookmark);
        }

        return state.TakeIds(idCount);
    }

    public Paragraph Write(ParagraphInputs inputs, IEnumerable<OpenXmlElement>? before = null, IEnumerable<OpenXmlElement>? after = null)
    {
        var (paragraph, mark, looks) = (inputs.Paragraph, inputs.Mark, inputs.Looks);
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = looks.Accepted.StyleId } };
        if (inputs.PageBreakBefore)
        {
            properties.PageBreakBefore = new PageBreakBefore();
        }

        state.PageBreakPending = false;
        properties.NumberingProperties = Numbering(looks.Accepted.List, inputs.NumId);

        properties.Indentation = state.RenumberedIndent.For(paragraph);
        if (mark.IsTracked)
        {
            properties.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(TrackedChange.ParagraphMark(mark, state));
        }

        if (RecordsRejected(looks))
        {
            properties.ParagraphPropertiesChange = new ParagraphPropertiesChange(
                new ParagraphPropertiesExtended(new ParagraphStyleId { Val = looks.Rejected.StyleId }) { NumberingProperties = Numbering(looks.Rejected.List, inputs.OldNumId) })
            {
                Id = state.NextId(), Author = state.Revisions.Author, Date = state.Revisions.Date,
            };
        }

        var result = new Paragraph(properties);
        if (before is not null)
        {
            result.Append(before);
        }

        string? bookmarkId = null;
        if (inputs.Bookmark is { } bookmarkName && state.ClaimBookmark(bookmarkName))
        {
            bookmarkId = state.NextId();
            result.Append(new BookmarkStart { Id = bookmarkId, Name = bookmarkName });
        }

        var commentId = paragraph.Comment is null ? null : state.NextId();
        if (commentId is not null)
        {
            result.Append(new CommentRangeStart { Id = commentId });
        }

        result.Append(_runs.Write(paragraph.Runs));
        if (bookmarkId is not null)
        {
            result.Append(new BookmarkEnd { Id = bookmarkId });
        }

        if (commentId is not null)
        {
            result.Append(new CommentRangeEnd { Id = commentId });
            // In an inserted (or moved-to) paragraph the reference is inserted too, so rejecting the change removes it all.
            var reference = new Run(new RunProperties(new RunStyle { Val = CharacterStyleIds.CommentReference }), new CommentReference { Id = commentId });
            result.Append(paragraph.Mark is { Kind: RevisionKind.Inserted or RevisionKind.MovedTo } insertedMark
                ? TrackedChange.Wrap(insertedMark.Kind, [reference], state)
                : reference);
            state.AddComment(commentId, paragraph.Comment!);
        }

        if (after is not null)
        {
            result.Append(after);
        }

        return result;
    }

    // A removed copy of a unit has no bookmark, unless it is a moved unit's old place (BookmarkPlaces).
    private string? BookmarkName(LayoutParagraph paragraph) => paragraph switch
    {
        { Bookmark: null } => null,
        { Mark.RemovesContent: true } => state.MovedBookmarks.Contains(paragraph.Bookmark) ? BookmarkNames.ForOldPlace(paragraph.Bookmark) : null,
        _ => BookmarkNames.For(paragraph.Bookmark),
    };

    private static bool RecordsRejected(ParagraphLooks looks) => looks.Rejected != looks.Accepted || looks.RecordRejected;

    private static NumberingProperties? Numbering(ListMarker? list, int? numId) => list is null || numId is not { } id
        ? null
        : new NumberingProperties(new NumberingLevelReference { Val = list.Level }, new NumberingId { Val = id });
}
