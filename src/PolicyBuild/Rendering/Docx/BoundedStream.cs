namespace PolicyBuild.Rendering.Docx;

/// <summary>A read-only stream that stops with <see cref="LimitException"/> once more than a given number of bytes came through.</summary>
internal sealed class BoundedStream(Stream inner, long limit) : Stream
{
    /// <summary>The number of bytes read so far.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        BytesRead += read;
        return BytesRead > limit ? throw new LimitException() : read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public sealed class LimitException : Exception
    {
        public LimitException()
            : base("the stream passed its limit")
        {
        }
    }
}
