namespace PolicyBuild.Rendering.Docx;

/// <summary>Passes writes on to another stream, and between <see cref="Begin"/> and <see cref="End"/> also keeps a copy of them.</summary>
internal sealed class RecordingStream(Stream target) : Stream
{
    private readonly MemoryStream _recorded = new();
    private bool _recording;

    public void Begin()
    {
        _recorded.SetLength(0);
        _recording = true;
    }

    /// <summary>What was written since <see cref="Begin"/>; valid until the next <see cref="Begin"/>.</summary>
    public ReadOnlySpan<byte> End()
    {
        _recording = false;
        return _recorded.GetBuffer().AsSpan(0, (int)_recorded.Length);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        target.Write(buffer);
        if (_recording)
        {
            _recorded.Write(buffer);
        }
    }

    public override void Flush() => target.Flush();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
