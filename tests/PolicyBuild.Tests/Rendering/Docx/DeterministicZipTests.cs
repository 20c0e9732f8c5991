using System.Globalization;
using System.IO.Compression;
using System.Text;
using PolicyBuild.Rendering.Docx;

namespace PolicyBuild.Tests.Rendering.Docx;

/// <summary>
/// A normalised package's bytes depend on its parts alone, not on how the package handed in was
/// compressed (the writer lets the SDK deflate fast, then deflates every part well once), nor on the
/// pieces the body was written in while it was deflated on another thread.
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
            .Select(level =>
            {
                using var streamed = DeterministicZip.Start("word/document.xml");
                streamed.FirstEntry.Write(Body(1_000));
                return streamed.Finish(Package(level, ("word/document.xml", []), ("word/footnotes.xml", document), ("word/styles.xml", styles)));
            })
            .ToList();

        Assert.All(normalised, bytes => Assert.Equal(normalised[0], bytes));
        Assert.Equal(document, Entry(normalised[0], "word/footnotes.xml"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(81_920)]
    [InlineData(81_921)]
    [InlineData(300_000)]
    [InlineData(1_000_003)]
    public void A_body_written_in_pieces_of_any_size_gives_the_bytes_of_one_written_whole(int length)
    {
        var document = Body(length);
        var styles = Encoding.UTF8.GetBytes("<w:styles/>");
        MemoryStream Sdk() => Package(CompressionLevel.Fastest, ("word/document.xml", []), ("word/styles.xml", styles));
        byte[] whole;
        using (var once = DeterministicZip.Start("word/document.xml"))
        {
            once.FirstEntry.Write(document);
            whole = once.Finish(Sdk());
        }

        Assert.Equal(document, Entry(whole, "word/document.xml"));

        // Written in pieces of every size, as an XML writer flushes its buffer.
        using var streamed = DeterministicZip.Start("word/document.xml");
        var random = new Random(length);
        for (var at = 0; at < document.Length;)
        {
            var piece = Math.Min(document.Length - at, random.Next(1, 20_000));
            streamed.FirstEntry.Write(document, at, piece);
            at += piece;
            if (random.Next(8) == 0)
            {
                streamed.FirstEntry.Flush();
            }
        }

        Assert.Equal(whole, streamed.Finish(Sdk()));
    }

    [Fact]
    public void A_package_that_does_not_begin_with_the_streamed_part_is_refused()
    {
        // The entries' order is part of the bytes: the streamed part must stand where the SDK put its own.
        var package = Package(CompressionLevel.Fastest, ("word/styles.xml", []), ("word/document.xml", []));
        using var streamed = DeterministicZip.Start("word/document.xml");
        streamed.FirstEntry.Write(Body(1_000));

        Assert.Throws<InvalidOperationException>(() => streamed.Finish(package));
    }

    [Fact]
    public async Task A_body_abandoned_while_it_is_written_stops_its_deflating_thread()
    {
        var streamed = DeterministicZip.Start("word/document.xml");
        streamed.FirstEntry.Write(Body(500_000));

        var disposing = Task.Run(streamed.Dispose);

        Assert.True(await Task.WhenAny(disposing, Task.Delay(TimeSpan.FromSeconds(10))) == disposing, "disposing a package whose body was not finished did not return");
        await disposing; // a Dispose that threw fails the test here
        Assert.Throws<ObjectDisposedException>(() => streamed.FirstEntry.Write(Body(10)));
    }

    [Fact]
    public async Task A_target_that_fails_fails_the_writer_instead_of_leaving_it_waiting()
    {
        using var pipe = new ChunkPipe(new FailingStream(), chunkSize: 1_000);

        var writing = Task.Run(() =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                pipe.Write(Body(1_000)); // far more pieces than the queue holds
            }

            pipe.Complete();
        });

        Assert.True(await Task.WhenAny(writing, Task.Delay(TimeSpan.FromSeconds(10))) == writing, "the writer was left waiting");
        Assert.Equal("disk full", (await Assert.ThrowsAnyAsync<Exception>(() => writing)).Message);
    }

    private sealed class FailingStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("disk full");
    }

    private static byte[] Entry(byte[] package, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var read = new MemoryStream();
        archive.GetEntry(name)!.Open().CopyTo(read);
        return read.ToArray();
    }

    /// <summary>Paragraph-like XML of about <paramref name="length"/> bytes.</summary>
    private static byte[] Body(int length)
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<w:p><w:r><w:t>Clause {i % 997}: record {i * 31 % 10_007}.</w:t></w:r></w:p>");
        }

        return Encoding.UTF8.GetBytes(text.ToString(0, length));
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
