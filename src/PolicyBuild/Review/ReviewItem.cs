namespace PolicyBuild.Review;

/// <summary>One tracked change or comment a reviewer left in the document.</summary>
/// <param name="Kind">What it is: "inserted", "deleted", "moved", "formatting changed", "paragraph inserted", "paragraph deleted", "comment".</param>
/// <param name="Author">Who made it, as Word or LibreOffice recorded it.</param>
/// <param name="Date">When, as recorded (<c>2026-12-01T20:51:00Z</c>); empty when the document does not say.</param>
/// <param name="Text">The text inserted, deleted or commented on; for a comment, the comment.</param>
/// <param name="Place">Where it is: a clause or section of the policy, or a place that is none.</param>
/// <param name="Anchor">For a comment, the text it is attached to.</param>
public sealed record ReviewItem(string Kind, string Author, string Date, string Text, ReviewPlace Place, string? Anchor = null)
{
    /// <summary>"2026-12-01 20:51" from the recorded date; empty when there is none (LibreOffice writes "0-00-00T00:00:00Z").</summary>
    public string When => DateTime.TryParse(Date, System.Globalization.CultureInfo.InvariantCulture,
        System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var when) && when.Year > 1
        ? when.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)
        : string.Empty;
}

/// <summary>Where in the document a review item is.</summary>
/// <param name="UnitId">The id of the clause or section it falls in; null when it is in none.</param>
/// <param name="IsSection">True for a section heading or intro.</param>
/// <param name="Paragraph">The paragraph within the unit, 0 for its first (number and heading line).</param>
/// <param name="Outside">When <paramref name="UnitId"/> is null: where it is instead ("the title block, contents or report", "the header").</param>
public sealed record ReviewPlace(string? UnitId, bool IsSection, int Paragraph, string? Outside = null);
