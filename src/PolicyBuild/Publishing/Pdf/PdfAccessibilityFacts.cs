using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>What a PDF's catalog, info dictionary and XMP say about its accessibility.</summary>
/// <param name="HasStructureTree">The catalog has a <c>/StructTreeRoot</c> with content (the PDF is tagged).</param>
/// <param name="Marked"><c>/MarkInfo</c> says <c>/Marked true</c>.</param>
/// <param name="Language">The catalog's <c>/Lang</c>.</param>
/// <param name="InfoTitle">The info dictionary's <c>/Title</c>.</param>
/// <param name="XmpTitle">The XMP <c>dc:title</c>.</param>
/// <param name="Outline">Every bookmark in order, depth-first; null when there is no <c>/Outlines</c>.</param>
public sealed record PdfAccessibilityFacts(
    bool HasStructureTree,
    bool Marked,
    string? Language,
    string? InfoTitle,
    string? XmpTitle,
    IReadOnlyList<PdfOutlineEntry>? Outline)
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>The title a viewer shows: the info dictionary's, else the XMP one.</summary>
    public string? Title => string.IsNullOrWhiteSpace(InfoTitle) ? XmpTitle : InfoTitle;

    /// <exception cref="FormatException">The bytes are not a PDF this reader understands.</exception>
    public static PdfAccessibilityFacts Read(byte[] pdf)
    {
        var table = PdfObjectTable.Read(pdf);
        var catalog = table.Dictionary(table.Trailer["Root"]) ?? throw new FormatException("the trailer names no /Root catalog");
        var structure = table.Dictionary(catalog["StructTreeRoot"]);
        var markInfo = table.Dictionary(catalog["MarkInfo"]);
        var info = table.Dictionary(table.Trailer["Info"]);
        var outlines = table.Dictionary(catalog["Outlines"]);
        return new PdfAccessibilityFacts(
            HasStructureTree: structure is not null && structure.Has("K"),
            Marked: table.Resolve(markInfo?["Marked"]) is PdfBoolean { Value: true },
            Language: (table.Resolve(catalog["Lang"]) as PdfString)?.Text,
            InfoTitle: (table.Resolve(info?["Title"]) as PdfString)?.Text,
            XmpTitle: XmpTitleOf(table.Stream(catalog["Metadata"])),
            Outline: outlines is null ? null : ReadOutline(table, outlines));
    }

    private static List<PdfOutlineEntry> ReadOutline(PdfObjectTable table, PdfDictionary root)
    {
        var entries = new List<PdfOutlineEntry>();
        var seen = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        Walk(root["First"], 0);
        return entries;

        void Walk(PdfValue? first, int depth)
        {
            // Iterative along /Next, recursive only into children: long outlines are flat.
            for (var item = table.Dictionary(first); item is not null && seen.Add(item); item = table.Dictionary(item["Next"]))
            {
                entries.Add(new PdfOutlineEntry((table.Resolve(item["Title"]) as PdfString)?.Text ?? string.Empty, depth));
                if (depth < 16)
                {
                    Walk(item["First"], depth + 1);
                }
            }
        }
    }

    private static string? XmpTitleOf(PdfStream? metadata)
    {
        if (metadata?.Decode() is not { } bytes)
        {
            return null;
        }

        try
        {
            var xml = XDocument.Parse(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
            var title = xml.Descendants(Dc + "title").Descendants().FirstOrDefault(e => !e.HasElements)?.Value;
            // LibreOffice 7.4 escapes the title twice ("Officers&amp;apos; …"): undo the second.
            return title is null ? null : WebUtility.HtmlDecode(title);
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
