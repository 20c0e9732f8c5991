using System.Collections.Concurrent;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// A write-only stream that hands what is written to another stream on another thread, in pieces of one
/// fixed size (the last one shorter): the document part's XML is deflated on the other core while the body
/// writer goes on (its deflate was a quarter of the marked document's writing, on the critical path of
/// every <c>watch</c> rebuild). The pieces are those <see cref="DeterministicZip"/> feeds its deflater, so
/// the compressed bytes are the same as when the whole part was deflated afterwards.
/// </summary>
internal sealed class ChunkPipe : Stream
{
    private readonly BlockingCollection<(byte[] Buffer, int Count)> _full = new(boundedCapacity: 4);
    private readonly ConcurrentBag<byte[]> _free = [];
    private readonly int _chunkSize;
    private readonly Task _consumer;
    private byte[] _current;
    private int _used;
    private bool _closed;

    /// <param name="target">Where the pieces go, written on another thread in order.</param>
    /// <param name="chunkSize">The size of every piece but the last.</param>
    public ChunkPipe(Stream target, int chunkSize)
    {
        _chunkSize = chunkSize;
        _current = new byte[chunkSize];
        // A thread of its own, not the pool's: the writer blocks when pieces queue up, and writers on pool
        // threads waiting for a consumer that waits for a pool thread stalled whole rebuilds by ~0.7 s (the
        // pool adds threads slowly).
        _consumer = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var (buffer, count) in _full.GetConsumingEnumerable())
                {
                    target.Write(buffer, 0, count);
                    _free.Add(buffer);
                }
            }
            catch
            {
                // The writer may be waiting for room that would never come: let it fail too.
                _full.CompleteAdding();
                throw;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_closed;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        while (!buffer.IsEmpty)
        {
            var take = Math.Min(buffer.Length, _chunkSize - _used);
            buffer[..take].CopyTo(_current.AsSpan(_used));
            _used += take;
            buffer = buffer[take..];
            if (_used == _chunkSize)
            {
                Hand();
            }
        }
    }

    /// <summary>Waits until every piece written so far has reached the target; rethrows what the target threw.</summary>
    public void Complete()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        if (_used > 0)
        {
            Hand();
        }

        _full.CompleteAdding();
        _consumer.GetAwaiter().GetResult(); // rethrows the target's failure as it was thrown
    }

    public override void Flush()
    {
        // Pieces are handed on when full: a flush must not cut one short, or the deflater's input would break elsewhere.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (!_closed)
            {
                // Abandoned (the body writer threw): what was handed on is written, and the failure that
                // abandoned it is the one the caller sees.
                _closed = true;
                _full.CompleteAdding();
                try
                {
                    _consumer.Wait();
                }
                catch (AggregateException)
                {
                    // The target's failure, if any, is hidden by the caller's own.
                }
            }

            _full.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Hand()
    {
        try
        {
            _full.Add((_current, _used));
        }
        catch (InvalidOperationException) when (_full.IsAddingCompleted && !_closed)
        {
            // The target failed: its failure is the one to tell.
            _closed = true;
            _consumer.GetAwaiter().GetResult();
            throw;
        }

        _current = _free.TryTake(out var reused) ? reused : new byte[_chunkSize];
        _used = 0;
    }
}
