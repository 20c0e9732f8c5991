using System.IO.Compression;
using System.Text;
using PolicyBuild.Rendering.Docx;

namespace PolicyBuild.Tests.Rendering.Docx;

/// <summary>
/// A normalised package's bytes depend on its parts alone, not on how the package handed in was
/// compressed (the writer lets the SDK deflate fast, then deflates every part well once).
/// </summary>
public sealed class DeterministicZipTests
{
    [Fact]
    public void The_same_parts_give_the_same_bytes_however_the_package_was_compressed()
    {
        // Large enough that the parts are read back in many pieces, whose sizes follow the compressed blocks.
        var document = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 60_000).Select(i =>
            $"<w:p><w:r><w:t>Clause {i % 997}.{i % 53}: the council {(i % 7 == 0 ? "may" : "must")} keep record {i * 31 % 10_007}.</w:t></w:r></w:p>")));
        var styles = Encoding.UTF8.GetBytes("<w:styles>" + string.Concat(Enumerable.Repeat("<w:style w:styleId=\"Clause\"/>", 40)) + "</w:styles>");

        var normalised = new[] { CompressionLevel.NoCompression, CompressionLevel.Fastest, CompressionLevel.Optimal, CompressionLevel.SmallestSize }
            .Select(level => DeterministicZip.Normalize(Package(level, ("word/document.xml", document), ("word/styles.xml", styles))))
            .ToList();

        Assert.All(normalised, bytes => Assert.Equal(normalised[0], bytes));
        using var archive = new ZipArchive(new MemoryStream(normalised[0]), ZipArchiveMode.Read);
        using var read = new MemoryStream();
        archive.GetEntry("word/document.xml")!.Open().CopyTo(read);
        Assert.Equal(document, read.ToArray());
    }

    private static MemoryStream Package(CompressionLevel level, params (string Name, byte[] Content)[] parts)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var entry = archive.CreateEntry(name, level).Open();
                entry.Write(content);
            }
        }

        return stream;
    }
}
