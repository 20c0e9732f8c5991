using System.Text;
using PolicyBuild.Publishing.Pdf;

namespace PolicyBuild.Tests.Publishing;

/// <summary>LibreOffice stamps PDFs with the clock; the published PDF must not depend on it.</summary>
public class PdfDeterminismTests
{
    private const string Template = "%PDF-1.6\n1 0 obj\n<</Title(x)/CreationDate(D:{0}Z')>>\nendobj\n<xmp:CreateDate>{1}Z</xmp:CreateDate>\n" +
        "<dc:date>\n <rdf:Seq>\n  <rdf:li>{1}Z</rdf:li>\n </rdf:Seq>\n</dc:date>\n" +
        "trailer\n<</Size 2/Info 1 0 R\n/ID [ <{2}>\n<{2}> ]\n/DocChecksum /{3}\n>>\nstartxref\n9\n%%EOF\n";

    [Fact]
    public void Two_conversions_at_different_times_normalise_to_the_same_bytes_of_the_same_length()
    {
        var first = Pdf("20261125115619", "2026-11-25T11:56:19", "4B140D41B78E4959D88506EBBF618ABD", "8730B96918BE7FCC3870BAE7E513AD6D");
        var second = Pdf("20270102030405", "2027-01-02T03:04:05", "0123456789ABCDEF0123456789ABCDEF", "FEDCBA9876543210FEDCBA9876543210");

        var a = PdfDeterminism.Normalize(first);
        var b = PdfDeterminism.Normalize(second);

        Assert.Equal(a, b);
        Assert.Equal(first.Length, a.Length);
        var text = Encoding.Latin1.GetString(a);
        Assert.Contains("/CreationDate(D:19800101000000Z')", text);
        Assert.Contains("<xmp:CreateDate>1980-01-01T00:00:00Z", text);
        Assert.Contains("<rdf:li>1980-01-01T00:00:00Z</rdf:li>", text);
        Assert.DoesNotContain("4B140D41", text);
        Assert.DoesNotContain(new string('0', 32), text);
    }

    [Fact]
    public void Different_content_keeps_a_different_file_id()
    {
        var a = PdfDeterminism.Normalize(Pdf("20261125115619", "2026-11-25T11:56:19", new string('A', 32), new string('B', 32)));
        var b = PdfDeterminism.Normalize(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(Pdf("20261125115619", "2026-11-25T11:56:19", new string('A', 32), new string('B', 32))).Replace("(x)", "(y)")));

        Assert.NotEqual(Id(a), Id(b));
    }

    private static byte[] Pdf(string date, string xmpDate, string id, string checksum) =>
        Encoding.Latin1.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, date, xmpDate, id, checksum));

    private static string Id(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var start = text.IndexOf("/ID [ <", StringComparison.Ordinal) + 7;
        return text.Substring(start, 32);
    }
}
