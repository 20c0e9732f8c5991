using System.IO.Compression;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>A stream object: its dictionary and its raw (possibly compressed) bytes.</summary>
public sealed record PdfStream(PdfDictionary Dictionary, byte[] Raw)
{
    /// <summary>
    /// The decoded bytes: Flate streams are inflated (PDF's FlateDecode is zlib), unfiltered ones
    /// returned as they are; null for any other filter, which nothing checked here needs.
    /// </summary>
    public byte[]? Decode()
    {
        var filter = Dictionary["Filter"] switch
        {
            PdfName name => name.Value,
            PdfArray { Items: [PdfName only] } => only.Value,
            null => null,
            _ => "?",
        };
        if (filter is null)
        {
            return Raw;
        }

        if (filter != "FlateDecode" || Dictionary.Has("DecodeParms"))
        {
            return null;
        }

        using var inflater = new ZLibStream(new MemoryStream(Raw), CompressionMode.Decompress);
        using var output = new MemoryStream();
        inflater.CopyTo(output);
        return output.ToArray();
    }
}
