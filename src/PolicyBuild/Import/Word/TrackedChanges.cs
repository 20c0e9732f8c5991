using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBuild.Import.Word;

/// <summary>
/// Finds tracked changes, and accepts them in the in-memory copy of a part (nothing is saved):
/// deleted and moved-away content goes, inserted and moved-here content stays, a deleted
/// paragraph mark joins its paragraph to the next, as Word does when you accept all.
/// </summary>
internal static class TrackedChanges
{
    private const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>How many w:ins, w:del, w:moveFrom and w:moveTo elements <paramref name="root"/> holds, by kind.</summary>
    public static (int Insertions, int Deletions, int Moves) Count(OpenXmlElement root)
    {
        var elements = root.Descendants().Where(e => e.NamespaceUri == Namespace).Select(e => e.LocalName).ToList();
        return (elements.Count(n => n == "ins"), elements.Count(n => n == "del"), elements.Count(n => n is "moveFrom" or "moveTo"));
    }

    public static void Accept(OpenXmlElement root)
    {
        foreach (var removed in root.Descendants().Where(e => e is DeletedRun or MoveFromRun or MoveFromRangeStart or MoveFromRangeEnd
                     or MoveToRangeStart or MoveToRangeEnd or RunPropertiesChange or ParagraphPropertiesChange or ParagraphMarkRunPropertiesChange
                     or TablePropertiesChange or TableRowPropertiesChange or TableCellPropertiesChange or TableGridChange or NumberingChange).ToList())
        {
            removed.Remove();
        }

        foreach (var kept in root.Descendants().Where(e => e is InsertedRun or MoveToRun).ToList())
        {
            foreach (var child in kept.ChildElements.ToList())
            {
                child.Remove();
                kept.InsertBeforeSelf(child);
            }

            kept.Remove();
        }

        foreach (var row in root.Descendants<TableRow>().Where(r => r.TableRowProperties?.GetFirstChild<Deleted>() is not null).ToList())
        {
            row.Remove();
        }

        foreach (var paragraph in root.Descendants<Paragraph>().ToList())
        {
            AcceptParagraphMark(paragraph);
        }

        foreach (var mark in root.Descendants().Where(e => e is Inserted or MoveTo or Deleted or MoveFrom).ToList())
        {
            mark.Remove();
        }
    }

    private static void AcceptParagraphMark(Paragraph paragraph)
    {
        var mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
        if (mark?.GetFirstChild<Deleted>() is null && mark?.GetFirstChild<MoveFrom>() is null)
        {
            return;
        }

        // The paragraph's text runs on into the next one, which keeps its own properties.
        if (paragraph.NextSibling() is Paragraph next)
        {
            var anchor = next.ParagraphProperties as OpenXmlElement;
            foreach (var child in paragraph.ChildElements.Where(c => c is not ParagraphProperties).ToList())
            {
                child.Remove();
                anchor = anchor is null ? next.PrependChild(child) : anchor.InsertAfterSelf(child);
            }

            paragraph.Remove();
        }
    }
}
