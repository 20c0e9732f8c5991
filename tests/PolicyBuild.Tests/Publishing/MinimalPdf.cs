using System.IO.Compression;
using System.Text;

namespace PolicyBuild.Tests.Publishing;

/// <summary>
/// Writes tiny PDFs by hand to test the reader on shapes LibreOffice does not produce (object
/// streams) and on missing parts. Objects are given as their dictionary text; object 1 is the catalog.
/// </summary>
public static class MinimalPdf
{
    /// <param name="objects">Object number → body, e.g. <c>&lt;&lt;/Type/Catalog …&gt;&gt;</c>.</param>
    /// <param name="compressed">Objects placed in one Flate-compressed object stream instead.</param>
    /// <param name="trailer">Trailer entries, e.g. <c>/Root 1 0 R /Info 9 0 R</c>.</param>
    public static byte[] Write(IReadOnlyDictionary<int, string> objects, IReadOnlyDictionary<int, string>? compressed = null, string trailer = "/Root 1 0 R")
    {
        const int ObjectStream = 99;
        var output = new MemoryStream();
        void Text(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        // Cross-reference entries by object number: (type, field 2, field 3) as an xref stream holds them.
        var entries = new SortedDictionary<int, (byte Type, long Second, int Third)>();
        Text("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        foreach (var (number, body) in objects)
        {
            entries[number] = (1, output.Position, 0);
            Text($"{number} 0 obj\n{body}\nendobj\n");
        }

        if (compressed is { Count: > 0 })
        {
            var header = new StringBuilder();
            var bodies = new StringBuilder();
            var index = 0;
            foreach (var (number, body) in compressed)
            {
                header.Append($"{number} {bodies.Length} ");
                bodies.Append(body).Append('\n');
                entries[number] = (2, ObjectStream, index++);
            }

            var data = Encoding.Latin1.GetBytes(header.ToString() + bodies);
            var deflated = new MemoryStream();
            using (var zlib = new ZLibStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(data);
            }

            entries[ObjectStream] = (1, output.Position, 0);
            Text($"{ObjectStream} 0 obj\n<</Type/ObjStm/N {compressed.Count}/First {header.Length}/Filter/FlateDecode/Length {deflated.Length}>>\nstream\n");
            output.Write(deflated.ToArray());
            Text("\nendstream\nendobj\n");
        }

        // A cross-reference stream (PDF 1.5), which can point into the object stream too.
        var xref = entries.Keys.Max() + 1;
        var start = output.Position;
        entries[xref] = (1, start, 0);
        var table = new MemoryStream();
        for (var number = 0; number <= xref; number++)
        {
            var (type, second, third) = entries.TryGetValue(number, out var entry) ? entry : ((byte)0, 0L, number == 0 ? 65535 : 0);
            table.WriteByte(type);
            table.Write([(byte)(second >> 24), (byte)(second >> 16), (byte)(second >> 8), (byte)second, (byte)(third >> 8), (byte)third]);
        }

        Text($"{xref} 0 obj\n<</Type/XRef/Size {xref + 1}/W[1 4 2]/Length {table.Length}{trailer}>>\nstream\n");
        output.Write(table.ToArray());
        Text($"\nendstream\nendobj\nstartxref\n{start}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>A PDF string in UTF-16BE hex, as LibreOffice writes titles and bookmarks.</summary>
    public static string Utf16(string text) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
}
