using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Import;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Review;

/// <summary>
/// Finds every tracked change and comment of a reviewed document and the clause or section it falls
/// in, through the <c>c_&lt;id&gt;</c> bookmark the writer puts at the start of each: a unit runs from
/// its bookmark to the next one. What is before the first (title block, contents, a pack's report),
/// in a header or footer, is outside the policy and said so.
/// </summary>
internal sealed class ReviewReader(IReadOnlyDictionary<string, (string Id, bool IsSection)> units)
{
    public const string BeforePolicy = "the title block, contents or report, before the policy's first section";

    public ImmutableArray<ReviewItem> Read(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        var comments = ReviewComments.Of(main.WordprocessingCommentsPart);
        var items = ImmutableArray.CreateBuilder<ReviewItem>();
        var notePlaces = new Dictionary<string, ReviewPlace>(StringComparer.Ordinal);
        var place = new ReviewPlace(null, false, 0, BeforePolicy);
        var seenComments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in Blocks(main.Document!.Body!))
        {
            var unit = block.Descendants<BookmarkStart>().Select(b => Lenient.Text(b.Name)).OfType<string>()
                .Select(n => units.TryGetValue(n, out var u) ? u : ((string, bool)?)null).FirstOrDefault(u => u is not null);
            place = unit is var (unitId, isSection) ? new ReviewPlace(unitId, isSection, 0)
                : place.UnitId is null ? place : place with { Paragraph = place.Paragraph + 1 };
            foreach (var note in block.Descendants<FootnoteReference>().Select(f => Lenient.Text(f.Id)).OfType<string>())
            {
                notePlaces.TryAdd(note, place);
            }

            Collect(block, place, items);
            foreach (var id in block.Descendants().Select(e => e switch { CommentRangeStart s => Lenient.Text(s.Id), CommentReference r => Lenient.Text(r.Id), _ => null }).OfType<string>())
            {
                if (comments.TryGetValue(id, out var comment) && seenComments.Add(id))
                {
                    items.Add(new ReviewItem("comment", comment.Author, comment.Date, comment.Text, place, ReviewComments.Anchored(main.Document.Body!, id)));
                }
            }
        }

        foreach (var footnote in main.FootnotesPart?.Footnotes?.Elements<Footnote>() ?? [])
        {
            var id = Lenient.Text(footnote.Id);
            Collect(footnote, id is not null && notePlaces.TryGetValue(id, out var at) ? at : new ReviewPlace(null, false, 0, "a footnote"), items);
        }

        foreach (var header in main.HeaderParts.Select(h => h.Header).OfType<OpenXmlElement>())
        {
            Collect(header, new ReviewPlace(null, false, 0, "the header"), items);
        }

        foreach (var footer in main.FooterParts.Select(f => f.Footer).OfType<OpenXmlElement>())
        {
            Collect(footer, new ReviewPlace(null, false, 0, "the footer"), items);
        }

        return items.ToImmutable();
    }

    /// <summary>Top-level paragraphs and tables, content controls unwrapped.</summary>
    private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is Paragraph or Table)
            {
                yield return child;
            }
            else if (child is SdtBlock { SdtContentBlock: { } content })
            {
                foreach (var inner in Blocks(content))
                {
                    yield return inner;
                }
            }
        }
    }

    private static void Collect(OpenXmlElement root, ReviewPlace place, ImmutableArray<ReviewItem>.Builder items)
    {
        foreach (var element in root.Descendants())
        {
            var kind = element switch
            {
                InsertedRun => "inserted",
                DeletedRun => "deleted",
                MoveToRun => "moved here",
                MoveFromRun => "moved away",
                RunPropertiesChange => "formatting changed",
                Inserted when element.Parent is ParagraphMarkRunProperties => "paragraph inserted",
                Deleted when element.Parent is ParagraphMarkRunProperties => "paragraph deleted",
                Inserted when element.Parent is TableRowProperties => "table row inserted",
                Deleted when element.Parent is TableRowProperties => "table row deleted",
                _ => null,
            };
            if (kind is null)
            {
                continue;
            }

            var text = element is RunPropertiesChange ? element.Parent!.Parent!.InnerText
                : element.Parent is ParagraphMarkRunProperties or TableRowProperties ? element.Parent.Parent!.Parent!.InnerText
                : string.Concat(element.Descendants().Select(d => d is Text or DeletedText ? d.InnerText : string.Empty));
            if (IsCoveredOrEmpty(element, kind, text))
            {
                continue;
            }

            items.Add(new ReviewItem(kind, Attribute(element, "author"), Attribute(element, "date"), Excerpt(text), place));
        }
    }

    /// <summary>
    /// Leaves out what says nothing: an insertion or deletion of no text (LibreOffice records some
    /// around a comment), and a paragraph mark whose paragraph's text change is listed already.
    /// </summary>
    private static bool IsCoveredOrEmpty(OpenXmlElement element, string kind, string text)
    {
        if (element is InsertedRun or DeletedRun or MoveToRun or MoveFromRun)
        {
            return text.Trim().Length == 0 && !element.Descendants().Any(d => d is FootnoteReference or TabChar or Break);
        }

        var paragraph = element.Ancestors<Paragraph>().FirstOrDefault();
        return kind switch
        {
            "paragraph deleted" => paragraph?.Descendants<DeletedRun>().Any() == true,
            "paragraph inserted" => paragraph?.NextSibling<Paragraph>()?.Descendants<InsertedRun>().Any() == true,
            _ => false,
        };
    }

    internal static string Attribute(OpenXmlElement element, string name) =>
        element.GetAttributes().FirstOrDefault(a => a.LocalName == name).Value ?? string.Empty;

    internal static string Excerpt(string text)
    {
        var trimmed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return trimmed.Length <= 80 ? trimmed : trimmed[..77] + "…";
    }
}
