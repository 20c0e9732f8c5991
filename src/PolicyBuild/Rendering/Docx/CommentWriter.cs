using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBuild.Rendering.Docx;

/// <summary>The comments part: each comment by the revisions' author and date, one paragraph of text.</summary>
internal static class CommentWriter
{
    public static Comments Write(RenderState state)
    {
        var comments = new Comments();
        var initials = Initials(state.Revisions.Author);
        foreach (var (id, text) in state.Comments)
        {
            comments.Append(new Comment(
                new Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = "CommentText" }),
                    new Run(new RunProperties(new RunStyle { Val = CharacterStyleIds.CommentReference }), new AnnotationReferenceMark()),
                    new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })))
            {
                Id = id,
                Author = state.Revisions.Author,
                Date = state.Revisions.Date,
                Initials = initials,
            });
        }

        return comments;
    }

    private static string Initials(string author) =>
        string.Concat(author.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0]))).PadRight(1, 'P');
}
