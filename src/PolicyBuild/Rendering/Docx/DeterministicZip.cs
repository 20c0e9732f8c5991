using System.IO.Compression;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Rewrites a package with fixed entry times (System.IO.Packaging stamps the clock) and numbered
/// package relationship ids (the SDK makes random ones), keeping entry order, so the same input
/// always gives byte-identical files.
/// </summary>
public static class DeterministicZip
{
    private const string PackageRelationships = "_rels/.rels";

    /// <summary>The deflater's fixed write size (one buffer for all of a package's entries).</summary>
    private const int ChunkSize = 81920;

    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="package">The package as written, read where it stands (a copy of it raised a large build's peak memory).</param>
    /// <param name="written">A part written outside the package (the document body, streamed): its content replaces the package's entry of that name.</param>
    public static byte[] Normalize(MemoryStream package, (string Entry, MemoryStream Content)? written = null)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read);
        using var output = new MemoryStream(capacity: (int)package.Length);
        var chunk = new byte[ChunkSize];
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == PackageRelationships)
                {
                    NumberRelationships(from, to);
                }
                else if (written is { } part && entry.FullName == part.Entry)
                {
                    part.Content.Position = 0;
                    CopyInFixedChunks(part.Content, to, chunk);
                }
                else
                {
                    CopyInFixedChunks(from, to, chunk);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// Feeds the deflater in chunks of one fixed size. An inflating stream returns as much per read as its
    /// compressed blocks give, and the deflater's output depends (by a few bytes) on where its writes
    /// break: copied read by read, a part's bytes depended on how the SDK had compressed it.
    /// </summary>
    private static void CopyInFixedChunks(Stream from, Stream to, byte[] chunk)
    {
        for (int read; (read = from.ReadAtLeast(chunk, chunk.Length, throwOnEndOfStream: false)) > 0;)
        {
            to.Write(chunk, 0, read);
        }
    }

    /// <summary>Package-level relationships are referenced by nothing inside the package, so renaming them is safe.</summary>
    private static void NumberRelationships(Stream from, Stream to)
    {
        var document = System.Xml.Linq.XDocument.Load(from);
        var number = 0;
        foreach (var relationship in document.Root!.Elements())
        {
            relationship.SetAttributeValue("Id", $"rId{++number}");
        }

        document.Save(to, System.Xml.Linq.SaveOptions.DisableFormatting);
    }
}
