using System.Text;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>A literal or hex string, as its bytes.</summary>
public sealed record PdfString(byte[] Bytes) : PdfValue
{
    /// <summary>
    /// The text of a PDF text string: UTF-16BE after a FE FF byte-order mark (what LibreOffice
    /// writes for titles and bookmarks), UTF-8 after EF BB BF, else PDFDocEncoding (Latin-1 for
    /// the characters that matter here).
    /// </summary>
    public string Text => Bytes switch
    {
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(Bytes, 2, Bytes.Length - 2),
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8.GetString(Bytes, 3, Bytes.Length - 3),
        _ => Encoding.Latin1.GetString(Bytes),
    };
}
