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

    /// <summary>
    /// Begins a normalised package with its first entry (the document body), deflated on another thread
    /// while it is written; <see cref="StreamedPackage.Finish"/> adds the rest from the SDK's package.
    /// The bytes depend on the parts alone: not on how the SDK compressed its package, nor on the pieces the body was written in.
    /// </summary>
    internal static StreamedPackage Start(string firstEntry) => new(firstEntry);

    /// <summary>A normalised package whose first entry is being written (see <see cref="Start"/>).</summary>
    internal sealed class StreamedPackage : IDisposable
    {
        private readonly string _firstEntry;
        private readonly MemoryStream _output = new();
        private readonly ZipArchive _target;
        private readonly Stream _entry;
        private readonly ChunkPipe _pipe;

        public StreamedPackage(string firstEntry)
        {
            _firstEntry = firstEntry;
            _target = new ZipArchive(_output, ZipArchiveMode.Create, leaveOpen: true);
            _entry = CreateEntry(_target, firstEntry);
            _pipe = new ChunkPipe(_entry, ChunkSize);
        }

        /// <summary>Where the first entry's content is written.</summary>
        public Stream FirstEntry => _pipe;

        /// <param name="package">The SDK's package, whose first entry is the one written here (its own copy is left out).</param>
        public byte[] Finish(MemoryStream package)
        {
            _pipe.Complete();
            _entry.Dispose();
            package.Position = 0;
            using var source = new ZipArchive(package, ZipArchiveMode.Read);
            if (source.Entries.Count == 0 || source.Entries[0].FullName != _firstEntry)
            {
                // Entry order is part of the bytes: the streamed entry must be where the SDK put its part.
                throw new InvalidOperationException($"the package does not begin with {_firstEntry}");
            }

            var chunk = new byte[ChunkSize];
            foreach (var entry in source.Entries.Skip(1))
            {
                using var to = CreateEntry(_target, entry.FullName);
                Copy(entry, to, chunk);
            }

            _target.Dispose();
            return _output.ToArray();
        }

        public void Dispose()
        {
            _pipe.Dispose();
            _entry.Dispose();
            _target.Dispose();
            _output.Dispose();
        }
    }

    private static Stream CreateEntry(ZipArchive target, string name)
    {
        var entry = target.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        return entry.Open();
    }

    private static void Copy(ZipArchiveEntry entry, Stream to, byte[] chunk)
    {
        using var from = entry.Open();
        if (entry.FullName == PackageRelationships)
        {
            NumberRelationships(from, to);
        }
        else
        {
            CopyInFixedChunks(from, to, chunk);
        }
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
