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
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
            {
                total += CheckXmlPart(entry, location, MaxXmlBytes - total);
            }
        }
    }

    /// <summary>Parses one XML part within the limits; returns its inflated size.</summary>
    private static long CheckXmlPart(ZipArchiveEntry entry, SourceLocation location, long budget)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxXmlPartBytes,
            IgnoreWhitespace = true,
        };
        try
        {
            using var stream = new BoundedStream(entry.Open(), Math.Min(MaxXmlPartBytes, budget));
            using var reader = XmlReader.Create(stream, settings);
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

            return stream.BytesRead;
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw Refused(location, entry, "it declares a DTD, which Word never writes (and which could expand entities without bound)");
        }
        catch (XmlException ex)
        {
            throw Refused(location, entry, $"it is not well-formed XML ({ex.Message})");
        }
        catch (BoundedStream.LimitException)
        {
            throw Refused(location, entry, $"it inflates past {Math.Min(MaxXmlPartBytes, budget) / (1024 * 1024)} MB (a document's XML is at most {MaxXmlPartBytes / (1024 * 1024)} MB a part, {MaxXmlBytes / (1024 * 1024)} MB in all)");
        }
        catch (InvalidDataException ex)
        {
            throw Refused(location, entry, $"it cannot be inflated ({ex.Message})");
        }
    }

    private static PolicyBuildException Refused(SourceLocation location, ZipArchiveEntry entry, string why) =>
        new(location, $"the document's part {entry.FullName} is refused: {why}");
}
