using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Import;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Review;

/// <summary>A reviewed document's comments: author, date and text by id, and the text each is attached to.</summary>
internal static class ReviewComments
{
    public static Dictionary<string, (string Author, string Date, string Text)> Of(WordprocessingCommentsPart? part) =>
        (part?.Comments?.Elements<Comment>() ?? []).Where(c => Lenient.Text(c.Id) is not null)
            .GroupBy(c => Lenient.Text(c.Id)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (ReviewReader.Attribute(g.First(), "author"), ReviewReader.Attribute(g.First(), "date"),
                string.Join(" ", g.First().Elements<Paragraph>().Select(p => p.InnerText.Trim()).Where(t => t.Length > 0))), StringComparer.Ordinal);

    /// <summary>The text between a comment's range start and end, if the document marks one.</summary>
    public static string? Anchored(Body body, string id)
    {
        var inRange = false;
        var text = new System.Text.StringBuilder();
        foreach (var element in body.Descendants())
        {
            if (element is CommentRangeStart start && Lenient.Text(start.Id) == id)
            {
                inRange = true;
            }
            else if (element is CommentRangeEnd end && Lenient.Text(end.Id) == id)
            {
                return ReviewReader.Excerpt(text.ToString());
            }
            else if (inRange && element is Text t)
            {
                text.Append(t.Text);
            }
        }

        return null;
    }
}
