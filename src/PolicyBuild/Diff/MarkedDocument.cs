using PolicyBuild.Layout;

namespace PolicyBuild.Diff;

/// <summary>
/// The marked document as published: the redline's document with the revision key at its start and
/// each clause's change note as a comment on the clause's first paragraph (its new place, for a move).
/// </summary>
public static class MarkedDocument
{
    public static LayoutDocument Compose(Redline redline, ChangeSet changes, DocumentInfo info)
    {
        var notes = changes.Clauses
            .Where(c => c.Note is not null && c.Kind != ChangeKind.Removed)
            .ToDictionary(c => UnitKeys.Clause(c.Id), c => c.Note!, StringComparer.Ordinal);
        var blocks = redline.Document.Blocks.Select(block =>
        {
            if (block is LayoutParagraph paragraph && paragraph.Mark?.RemovesContent != true
                && notes.Remove(paragraph.UnitKey, out var note))
            {
                return paragraph with { Comment = note };
            }

            return block;
        });
        var document = redline.Document with { Info = info, Blocks = [.. blocks] };
        return RevisionKey.AddTo(document, changes);
    }
}
