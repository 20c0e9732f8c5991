using System.Net;
using System.Xml;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>What a PDF's catalog, info dictionary and XMP say about its accessibility, as PdfPig reads them.</summary>
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

    /// <exception cref="FormatException">The bytes are not a PDF PdfPig can read.</exception>
    public static PdfAccessibilityFacts Read(byte[] pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            var catalog = document.Structure.Catalog.CatalogDictionary;
            var structure = Resolve(document, catalog, "StructTreeRoot") as DictionaryToken;
            var markInfo = Resolve(document, catalog, "MarkInfo") as DictionaryToken;
            return new PdfAccessibilityFacts(
                HasStructureTree: structure is not null && structure.ContainsKey(NameToken.K),
                Marked: markInfo is not null && Resolve(document, markInfo, "Marked") is BooleanToken { Data: true },
                Language: (Resolve(document, catalog, "Lang") as IDataToken<string>)?.Data,
                InfoTitle: document.Information.Title,
                XmpTitle: document.TryGetXmpMetadata(out var xmp) ? XmpTitleOf(xmp.GetXmlBytes().ToArray()) : null,
                Outline: catalog.ContainsKey(NameToken.Outlines) ? ReadOutline(document) : null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig throws several exception types for a damaged file; to the caller they all mean "not readable".
            throw new FormatException(ex.Message, ex);
        }
    }

    /// <summary>A dictionary entry with an indirect reference followed.</summary>
    private static IToken? Resolve(PdfDocument document, DictionaryToken dictionary, string key)
    {
        var token = dictionary.Data.GetValueOrDefault(key);
        return token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data)?.Data : token;
    }

    private static List<PdfOutlineEntry> ReadOutline(PdfDocument document) =>
        document.TryGetBookmarks(out var bookmarks)
            ? bookmarks.GetNodes().Select(node => new PdfOutlineEntry(node.Title ?? string.Empty, node.Level)).ToList()
            : [];

    private static string? XmpTitleOf(byte[] bytes)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            var title = XDocument.Load(reader).Descendants(Dc + "title").Descendants().FirstOrDefault(e => !e.HasElements)?.Value;
            // LibreOffice 7.4 escaped the title twice ("Officers&amp;apos; …"): undo the second.
            return title is null ? null : WebUtility.HtmlDecode(title);
        }
        catch (XmlException)
        {
            return null;
        }
    }
}

/// <summary>One bookmark of a PDF's outline; <see cref="Depth"/> is 0 for top-level entries.</summary>
public sealed record PdfOutlineEntry(string Title, int Depth);
