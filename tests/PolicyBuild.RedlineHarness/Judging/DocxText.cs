using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using RevisionView = PolicyBuild.RedlineHarness.LibreOffice.RevisionView;

namespace PolicyBuild.RedlineHarness;

/// <summary>
/// Reads a .docx body as paragraph texts (table cells included), as if all revisions were accepted
/// or rejected: a removed paragraph mark joins its paragraph to the next, as Word does.
/// Our own reader; the LibreOffice tests check the same thing with an independent one. Accepted or rejected,
/// a marked document's key to its changes (paragraphs in the Revision Key styles) is left out: it is not part
/// of the policy, and stays the same whatever is accepted or rejected.
/// </summary>
public static class DocxText
{
    public static List<string> Paragraphs(byte[] docx, RevisionView view = RevisionView.Keep)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var result = new List<string>();
        var carry = new StringBuilder();
        foreach (var element in document.MainDocumentPart!.Document!.Body!.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph when view != RevisionView.Keep && IsRevisionKey(paragraph):
                    break;
                case Paragraph paragraph:
                    AddParagraph(paragraph, view, carry, result);
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>().Where(r => Keeps(r.TableRowProperties, view)))
                    {
                        foreach (var cellParagraph in row.Elements<TableCell>().SelectMany(c => c.Elements<Paragraph>()))
                        {
                            AddParagraph(cellParagraph, view, carry, result);
                        }
                    }

                    break;
            }
        }

        if (carry.Length > 0)
        {
            result.Add(carry.ToString());
        }

        return result;
    }

    private static bool IsRevisionKey(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is PolicyBuild.Diff.RevisionKey.TextStyle or PolicyBuild.Diff.RevisionKey.HeadingStyle;

    private static void AddParagraph(Paragraph paragraph, RevisionView view, StringBuilder carry, List<string> result)
    {
        carry.Append(Text(paragraph, view));
        var mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
        var markRemoved = view switch
        {
            RevisionView.Accept => mark?.GetFirstChild<Deleted>() is not null || mark?.GetFirstChild<MoveFrom>() is not null,
            RevisionView.Reject => mark?.GetFirstChild<Inserted>() is not null || mark?.GetFirstChild<MoveTo>() is not null,
            _ => false,
        };
        if (!markRemoved)
        {
            result.Add(carry.ToString());
            carry.Clear();
        }
    }

    private static string Text(OpenXmlElement paragraph, RevisionView view)
    {
        var text = new StringBuilder();
        foreach (var run in paragraph.Descendants<Run>())
        {
            if (!Keeps(run, view))
            {
                continue;
            }

            foreach (var child in run.ChildElements)
            {
                text.Append(child switch
                {
                    Text t => t.Text,
                    DeletedText d => d.Text,
                    TabChar => "\t",
                    Break => "\n",
                    _ => string.Empty,
                });
            }
        }

        return text.ToString();
    }

    private static bool Keeps(Run run, RevisionView view)
    {
        var parent = run.Parent;
        return view switch
        {
            RevisionView.Accept => parent is not (DeletedRun or MoveFromRun),
            RevisionView.Reject => parent is not (InsertedRun or MoveToRun),
            _ => true,
        };
    }

    private static bool Keeps(TableRowProperties? row, RevisionView view) => view switch
    {
        RevisionView.Accept => row?.GetFirstChild<Deleted>() is null,
        RevisionView.Reject => row?.GetFirstChild<Inserted>() is null,
        _ => true,
    };
}
