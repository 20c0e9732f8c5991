using System.Buffers.Text;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// A paragraph's XML as written once, kept to be written again where its inputs match: the same bytes,
/// but for its annotation ids (bookmarks, revisions), which count on from wherever it is written now.
/// </summary>
internal sealed class KeptParagraph
{
    private static ReadOnlySpan<byte> IdAttribute => " w:id=\""u8;

    private readonly byte[] _xml;

    /// <summary>Where each id's digits stand in <see cref="_xml"/>, and which of the paragraph's ids it is (0 for its first).</summary>
    private readonly (int Start, int Length, int Offset)[] _ids;

    private KeptParagraph(ParagraphInputs inputs, byte[] xml, (int, int, int)[] ids, int idCount)
    {
        Inputs = inputs;
        _xml = xml;
        _ids = ids;
        IdCount = idCount;
    }

    public ParagraphInputs Inputs { get; }

    /// <summary>How many annotation ids writing it takes.</summary>
    public int IdCount { get; }

    /// <summary>
    /// Keeps a paragraph written with the ids <paramref name="firstId"/> onwards, <paramref name="idCount"/> of them;
    /// null when its XML holds an id outside them (one it shares with something written elsewhere), which moving
    /// it could not keep right. Ids are found only inside tags: text never holds a raw '&lt;' or '&gt;'.
    /// </summary>
    public static KeptParagraph? Keep(ParagraphInputs inputs, ReadOnlySpan<byte> xml, int firstId, int idCount)
    {
        var ids = new List<(int, int, int)>();
        var inTag = false;
        for (var i = 0; i < xml.Length; i++)
        {
            switch (xml[i])
            {
                case (byte)'<':
                    inTag = true;
                    continue;
                case (byte)'>':
                    inTag = false;
                    continue;
            }

            if (!inTag || !xml[i..].StartsWith(IdAttribute))
            {
                continue;
            }

            var start = i + IdAttribute.Length;
            var length = xml[start..].IndexOf((byte)'"');
            if (length <= 0 || !Utf8Parser.TryParse(xml.Slice(start, length), out int id, out var used) || used != length
                || id < firstId || id >= firstId + idCount)
            {
                return null;
            }

            ids.Add((start, length, id - firstId));
            i = start + length;
        }

        return new KeptParagraph(inputs, xml.ToArray(), [.. ids], idCount);
    }

    /// <summary>Writes the kept XML with its ids counted from <paramref name="firstId"/>.</summary>
    public void WriteTo(Stream stream, int firstId)
    {
        Span<byte> digits = stackalloc byte[11];
        var from = 0;
        foreach (var (start, length, offset) in _ids)
        {
            stream.Write(_xml, from, start - from);
            Utf8Formatter.TryFormat(firstId + offset, digits, out var written);
            stream.Write(digits[..written]);
            from = start + length;
        }

        stream.Write(_xml, from, _xml.Length - from);
    }
}
