using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>
/// Makes LibreOffice's PDF the same bytes for the same document: its creation dates (info
/// dictionary and XMP) become a fixed date, and the file /ID and /DocChecksum, which LibreOffice
/// derives from the clock, become a hash of the content. Every substitution keeps its length,
/// so the cross-reference table's byte offsets stay right.
/// </summary>
public static partial class PdfDeterminism
{
    public static byte[] Normalize(byte[] pdf)
    {
        // Latin-1 maps bytes to chars one to one, so regexes can work on the raw file.
        var text = Encoding.Latin1.GetString(pdf);
        text = InfoDate().Replace(text, m => m.Groups[1].Value + "19800101000000");
        text = XmpDate().Replace(text, m => m.Groups[1].Value + "1980-01-01T00:00:00");
        // Written when the document was changed before export (page numbers filled in): its modification date.
        text = DublinCoreDate().Replace(text, m => m.Groups[1].Value + "1980-01-01T00:00:00");
        text = FileId().Replace(text, m => m.Groups[1].Value + Zeros + m.Groups[2].Value + Zeros + m.Groups[3].Value);
        text = Checksum().Replace(text, m => m.Groups[1].Value + Zeros);

        var digest = Convert.ToHexString(SHA256.HashData(Encoding.Latin1.GetBytes(text)))[..32];
        text = text.Replace($"<{Zeros}>", $"<{digest}>").Replace($"/DocChecksum /{Zeros}", $"/DocChecksum /{digest}");
        return Encoding.Latin1.GetBytes(text);
    }

    private static readonly string Zeros = new('0', 32);

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}")]
    private static partial Regex InfoDate();

    [GeneratedRegex(@"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")]
    private static partial Regex XmpDate();

    [GeneratedRegex(@"(<dc:date>\s*<rdf:Seq>\s*<rdf:li>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")]
    private static partial Regex DublinCoreDate();

    [GeneratedRegex(@"(/ID\s*\[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}(>)")]
    private static partial Regex FileId();

    [GeneratedRegex(@"(/DocChecksum\s*/)[0-9A-Fa-f]{32}")]
    private static partial Regex Checksum();
}
