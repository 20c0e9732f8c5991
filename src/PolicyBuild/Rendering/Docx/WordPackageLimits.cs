using System.IO.Compression;
using System.Xml;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Reads a Word package from anywhere within limits before the Open XML SDK sees it: the file's
/// size, the number of parts, each XML part inflated (a 3 MB zip can inflate to gigabytes), every
/// XML part parsed with DTDs refused (entity expansion), nesting depth (tables nested thousands
/// deep would overflow the stack) and element counts bounded. A breach is an error naming the part.
/// </summary>
public static class WordPackageLimits
{
    public const long MaxFileBytes = 256L * 1024 * 1024;
    public const int MaxEntries = 10_000;
    public const long MaxXmlPartBytes = 128L * 1024 * 1024;
    public const long MaxXmlBytes = 512L * 1024 * 1024;
    public const int MaxDepth = 256;
    public const long MaxElements = 5_000_000;

    /// <summary>Throws a <see cref="PolicyBuildException"/> at <paramref name="location"/> when the package breaks a limit.</summary>
    public static void Check(byte[] package, SourceLocation location)
    {
        if (package.LongLength > MaxFileBytes)
        {
            throw new PolicyBuildException(location, $"the document is {package.LongLength / (1024 * 1024)} MB: at most {MaxFileBytes / (1024 * 1024)} MB can be read");
        }

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw new PolicyBuildException(location, $"not a readable Word document (.docx): the zip package is damaged ({ex.Message})");
        }

        using (zip)
        {
            if (zip.Entries.Count > MaxEntries)
            {
                throw new PolicyBuildException(location, $"the package has {zip.Entries.Count} parts: at most {MaxEntries} can be read");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (IsMedia(entry.FullName))
                {
                    // Pictures are never inflated by a reader of text; their declared size still bounds them.
                    if (entry.Length > MaxMediaBytes)
                    {
                        throw Refused(location, entry, $"it declares {entry.Length / (1024 * 1024)} MB (a picture is at most {MaxMediaBytes / (1024 * 1024)} MB)");
                    }

                    continue;
                }

                var content = Inflate(entry, location, Math.Min(MaxXmlPartBytes, MaxXmlBytes - total));
                total += content.Length;
                if (LooksLikeXml(content))
                {
                    CheckXml(content, entry, location);
                }
            }
        }
    }

    private static readonly string[] MediaExtensions =
        [".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".bin", ".odttf", ".ttf", ".wdp", ".jfif", ".ico", ".mp4", ".wav"];

    public const long MaxMediaBytes = 256L * 1024 * 1024;

    private static bool IsMedia(string name) => MediaExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every part that is not a picture is inflated, and counted, up to the limit.</summary>
    private static byte[] Inflate(ZipArchiveEntry entry, SourceLocation location, long limit)
    {
        try
        {
            using var stream = new BoundedStream(entry.Open(), limit);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (BoundedStream.LimitException)
        {
            throw Refused(location, entry, $"it inflates past {limit / (1024 * 1024)} MB (a document's XML is at most {MaxXmlPartBytes / (1024 * 1024)} MB a part, {MaxXmlBytes / (1024 * 1024)} MB in all)");
        }
        catch (InvalidDataException ex)
        {
            throw Refused(location, entry, $"it cannot be inflated ({ex.Message})");
        }
    }

    // XML parts start with '<', after a UTF-8 byte-order mark or as UTF-16 (whose mark comes first).
    private static bool LooksLikeXml(byte[] content) =>
        content.AsSpan().TrimStart((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0D, 0x0A]) is [(byte)'<', ..]
        || content is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];

    /// <summary>Parses one XML part within the limits: no DTD, bounded depth and element count.</summary>
    private static void CheckXml(byte[] content, ZipArchiveEntry entry, SourceLocation location)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content, writable: false), settings);
            long elements = 0;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth > MaxDepth)
                {
                    throw Refused(location, entry, $"elements are nested more than {MaxDepth} deep (tables or lists inside one another)");
                }

                if (++elements > MaxElements)
                {
                    throw Refused(location, entry, $"it has more than {MaxElements:N0} elements");
                }
            }
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw Refused(location, entry, "it declares a DTD, which Word never writes (and which could expand entities without bound)");
        }
        catch (XmlException ex)
        {
            throw Refused(location, entry, $"it is not well-formed XML ({ex.Message})");
        }
    }

    private static PolicyBuildException Refused(SourceLocation location, ZipArchiveEntry entry, string why) =>
        new(location, $"the document's part {entry.FullName} is refused: {why}");
}
