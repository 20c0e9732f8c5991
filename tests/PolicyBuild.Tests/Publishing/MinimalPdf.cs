using System.IO.Compression;
using System.Text;

namespace PolicyBuild.Tests.Publishing;

/// <summary>
/// Writes tiny PDFs by hand to test the reader on shapes LibreOffice 7.4 does not produce (object
/// streams) and on missing parts. Objects are given as their dictionary text; object 1 is the catalog.
/// </summary>
public static class MinimalPdf
{
    /// <param name="objects">Object number → body, e.g. <c>&lt;&lt;/Type/Catalog …&gt;&gt;</c>.</param>
    /// <param name="compressed">Objects placed in one Flate-compressed object stream instead.</param>
    /// <param name="trailer">Trailer entries, e.g. <c>/Root 1 0 R /Info 9 0 R</c>.</param>
    public static byte[] Write(IReadOnlyDictionary<int, string> objects, IReadOnlyDictionary<int, string>? compressed = null, string trailer = "/Root 1 0 R")
    {
        var output = new MemoryStream();
        void Text(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Text("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        foreach (var (number, body) in objects)
        {
            Text($"{number} 0 obj\n{body}\nendobj\n");
        }

        if (compressed is { Count: > 0 })
        {
            var header = new StringBuilder();
            var bodies = new StringBuilder();
            foreach (var (number, body) in compressed)
            {
                header.Append($"{number} {bodies.Length} ");
                bodies.Append(body).Append('\n');
            }

            var data = Encoding.Latin1.GetBytes(header.ToString() + bodies);
            var deflated = new MemoryStream();
            using (var zlib = new ZLibStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(data);
            }

            Text($"99 0 obj\n<</Type/ObjStm/N {compressed.Count}/First {header.Length}/Filter/FlateDecode/Length {deflated.Length}>>\nstream\n");
            output.Write(deflated.ToArray());
            Text("\nendstream\nendobj\n");
        }

        Text($"xref\n0 1\n0000000000 65535 f \ntrailer\n<<{trailer}>>\nstartxref\n0\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>A PDF string in UTF-16BE hex, as LibreOffice writes titles and bookmarks.</summary>
    public static string Utf16(string text) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
}
