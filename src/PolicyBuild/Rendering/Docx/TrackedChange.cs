using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>Makes the WordprocessingML elements of tracked changes, stamped with author, date and a fresh id.</summary>
internal static class TrackedChange
{
    /// <summary>Wraps runs in <c>w:ins</c>, <c>w:del</c>, <c>w:moveFrom</c> or <c>w:moveTo</c>.</summary>
    public static OpenXmlElement Wrap(RevisionKind kind, IEnumerable<OpenXmlElement> runs, RenderState state)
    {
        OpenXmlCompositeElement wrapper = kind switch
        {
            RevisionKind.Inserted => new InsertedRun { Id = state.NextId(), Author = state.Revisions.Author, Date = state.InsertionDate },
            RevisionKind.Deleted => new DeletedRun { Id = state.NextId(), Author = state.Revisions.Author, Date = state.Revisions.Date },
            RevisionKind.MovedFrom => new MoveFromRun { Id = state.NextId(), Author = state.Revisions.Author, Date = state.Revisions.Date },
            RevisionKind.MovedTo => new MoveToRun { Id = state.NextId(), Author = state.Revisions.Author, Date = state.InsertionDate },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "formatting changes are not a wrapper"),
        };
        wrapper.Append(runs);
        return wrapper;
    }

    /// <summary>The mark inside <c>w:pPr/w:rPr</c> that tracks the paragraph mark itself (see <see cref="ParagraphMarks"/>).</summary>
    public static OpenXmlElement ParagraphMark(TrackedMark mark, RenderState state) => mark.Kind switch
    {
        RevisionKind.Inserted => new Inserted { Id = state.NextId(), Author = state.Revisions.Author, Date = state.InsertionDate },
        RevisionKind.Deleted => new Deleted { Id = state.NextId(), Author = state.Revisions.Author, Date = state.Revisions.Date },
        RevisionKind.MovedFrom => new MoveFrom { Id = state.NextId(), Author = state.Revisions.Author, Date = state.Revisions.Date },
        RevisionKind.MovedTo => new MoveTo { Id = state.NextId(), Author = state.Revisions.Author, Date = state.InsertionDate },
        _ => throw new ArgumentOutOfRangeException(nameof(mark), mark.Kind, "an untracked mark has no element"),
    };

    /// <summary>The row-level mark inside <c>w:trPr</c> for an inserted or deleted table row.</summary>
    public static OpenXmlElement RowMark(RevisionKind kind, RenderState state) => kind switch
    {
        RevisionKind.Inserted or RevisionKind.MovedTo => new Inserted { Id = state.NextId(), Author = state.Revisions.Author, Date = state.Revisions.Date },
        _ => new Deleted { Id = state.NextId(), Author = state.Revisions.Author, Date = state.Revisions.Date },
    };
}
