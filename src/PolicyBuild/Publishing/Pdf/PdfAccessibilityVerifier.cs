using PolicyBuild.Diagnostics;
using PolicyBuild.Layout;
using PolicyBuild.Publishing.Accessibility;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>
/// Checks a PDF that LibreOffice wrote against the document it came from: tagged (structure tree,
/// <c>/MarkInfo /Marked true</c>), the document's language as <c>/Lang</c>, its title, and a bookmark
/// for every heading. Problems are errors located in the PDF: <c>output/x/x.pdf: bookmarks: …</c>.
/// </summary>
public static class PdfAccessibilityVerifier
{
    /// <param name="pdf">The PDF's bytes.</param>
    /// <param name="file">The PDF as the run names it, for messages.</param>
    /// <param name="source">The laid-out document the PDF was converted from.</param>
    public static IReadOnlyList<PublishIssue> Verify(byte[] pdf, string file, LayoutDocument source)
    {
        PdfAccessibilityFacts facts;
        try
        {
            facts = PdfAccessibilityFacts.Read(pdf);
        }
        catch (FormatException ex)
        {
            return [Error(file, null, $"not a PDF that can be checked: {ex.Message}")];
        }

        var issues = new List<PublishIssue>();
        if (!facts.HasStructureTree)
        {
            issues.Add(Error(file, "tags", "the PDF is not tagged (no /StructTreeRoot): screen readers get no headings, lists or tables"));
        }

        if (!facts.Marked)
        {
            issues.Add(Error(file, "tags", "/MarkInfo does not say /Marked true: readers will not trust the tags"));
        }

        if (string.IsNullOrWhiteSpace(facts.Language))
        {
            issues.Add(Error(file, "language", $"the PDF has no /Lang (expected '{source.Info.Language}'): screen readers cannot pick a voice"));
        }
        else if (!string.Equals(facts.Language, source.Info.Language, StringComparison.OrdinalIgnoreCase))
        {
            issues.Add(Error(file, "language", $"the PDF's /Lang is '{facts.Language}', expected '{source.Info.Language}'"));
        }

        if (string.IsNullOrWhiteSpace(facts.Title))
        {
            issues.Add(Error(file, "title", "the PDF has no /Title in its info dictionary or XMP metadata"));
        }
        else if (!string.Equals(facts.Title.Trim(), source.Info.Title.Trim(), StringComparison.Ordinal))
        {
            issues.Add(Error(file, "title", $"the PDF's title is {ParagraphText.Quote(facts.Title)}, expected {ParagraphText.Quote(source.Info.Title)}"));
        }

        issues.AddRange(CheckBookmarks(facts, file, source));
        return issues;
    }

    private static IEnumerable<PublishIssue> CheckBookmarks(PdfAccessibilityFacts facts, string file, LayoutDocument source)
    {
        var headings = new DocumentMap(source).Headings.ToList();
        if (headings.Count == 0)
        {
            yield break;
        }

        if (facts.Outline is null)
        {
            yield return Error(file, "bookmarks", $"the PDF has no /Outlines (bookmarks) for its {headings.Count} headings");
            yield break;
        }

        var titles = facts.Outline.Select(e => ParagraphText.Normalise([e.Title])).ToHashSet(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            // A marked document's heading may show old and new text; LibreOffice's bookmark may use either.
            var paragraph = heading.Paragraph;
            if (!titles.Contains(ParagraphText.Shown(paragraph)) && !titles.Contains(ParagraphText.Accepted(paragraph))
                && !titles.Contains(ParagraphText.Rejected(paragraph)))
            {
                yield return Error(file, heading.Place, $"no bookmark for heading {ParagraphText.Quote(ParagraphText.Shown(paragraph))} in the PDF outline");
            }
        }
    }

    private static PublishIssue Error(string file, string? place, string message) => new(Severity.Error, file, place, message);
}
