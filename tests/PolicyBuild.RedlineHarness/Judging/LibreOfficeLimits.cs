using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using RevisionView = PolicyBuild.RedlineHarness.LibreOffice.RevisionView;

namespace PolicyBuild.RedlineHarness.Judging;

/// <summary>
/// The one place LibreOffice 25.2 reads our redlines differently from Word and no encoding avoids
/// it: it will not remove a tracked paragraph mark directly before a table (pinned by
/// LibreOfficeRedlineLimitTests), nor, on minimal documents tried, the own mark of a removed
/// paragraph that holds a footnote reference, and keeps that paragraph, emptied. The writer never tracks such a mark while another
/// mark can stand in for it; only a span with more of them than stand-ins (a paragraph between two
/// removed tables, two removed paragraphs that both hold footnotes) still needs one. Those marks
/// are counted in the document, and exactly that many empty paragraphs, where the expected text
/// has none, are forgiven; nothing else.
/// </summary>
public static class LibreOfficeLimits
{
    /// <summary>Body paragraph marks that <paramref name="view"/> removes although LibreOffice cannot.</summary>
    public static int UnjoinableMarks(byte[] docx, RevisionView view)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document!.Body!.ChildElements.ToList();
        var count = 0;
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i] is not Paragraph paragraph || paragraph.ParagraphProperties?.ParagraphMarkRunProperties is not { } mark)
            {
                continue;
            }

            var removed = view == RevisionView.Accept
                ? mark.GetFirstChild<Deleted>() is not null || mark.GetFirstChild<MoveFrom>() is not null
                : mark.GetFirstChild<Inserted>() is not null || mark.GetFirstChild<MoveTo>() is not null;
            if (removed && (paragraph.Descendants<FootnoteReference>().Any() || (i + 1 < body.Count && body[i + 1] is Table)))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The lines read, less at most <paramref name="allowance"/> empty ones the expected text does not have at that place.</summary>
    public static List<string> Forgive(IReadOnlyList<string> actual, IReadOnlyList<string> expected, int allowance)
    {
        var result = new List<string>();
        foreach (var line in actual)
        {
            if (allowance > 0 && line.Length == 0 && (result.Count >= expected.Count || expected[result.Count].Length > 0))
            {
                allowance--;
                continue;
            }

            result.Add(line);
        }

        return result;
    }
}
