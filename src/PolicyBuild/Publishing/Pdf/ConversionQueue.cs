using System.Runtime.ExceptionServices;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>
/// A run's documents shared out among its LibreOffice sessions: largest first (the longest conversion
/// starts first, so the sessions finish close together), each PDF kept at its document's place. After
/// a failed conversion nothing more is handed out; a PDF that cannot be read is found when it is
/// collected, after the conversions. The failure of the earliest document is the one reported.
/// </summary>
internal sealed class ConversionQueue
{
    private readonly int[] _largestFirst;
    private readonly Task<CheckedPdf>?[] _pdfs;
    private readonly ExceptionDispatchInfo?[] _failures;
    private readonly Lock _gate = new();
    private int _next;
    private bool _failed;
    private TimeSpan? _firstReady;
    private ExceptionDispatchInfo? _startFailure;

    public ConversionQueue(IReadOnlyList<BuiltDocument> documents)
    {
        Documents = documents;
        _largestFirst = Enumerable.Range(0, documents.Count).OrderByDescending(i => documents[i].Docx.Content.Length).ThenBy(i => i).ToArray();
        _pdfs = new Task<CheckedPdf>?[documents.Count];
        _failures = new ExceptionDispatchInfo?[documents.Count];
    }

    public IReadOnlyList<BuiltDocument> Documents { get; }

    /// <summary>How long the first session took to be ready (zero if none was).</summary>
    public TimeSpan WaitedForStart
    {
        get
        {
            lock (_gate)
            {
                return _firstReady ?? TimeSpan.Zero;
            }
        }
    }

    public void SessionReady(TimeSpan elapsed)
    {
        lock (_gate)
        {
            _firstReady ??= elapsed;
        }
    }

    /// <summary>The next document to convert (its index, and how many were handed out with it); false when none is left or one failed.</summary>
    public bool TryTake(out int index, out int number)
    {
        lock (_gate)
        {
            index = _next < _largestFirst.Length && !_failed ? _largestFirst[_next] : -1;
            number = ++_next;
            return index >= 0;
        }
    }

    /// <summary>
    /// Every PDF in document order and what their checks found, once each is read and checked; rethrows
    /// the earliest document's failure, whether its conversion failed or its PDF could not be read.
    /// </summary>
    public async Task<(IReadOnlyList<OutputFile> Pdfs, IReadOnlyList<PublishIssue> Issues)> CollectAsync()
    {
        Task<CheckedPdf>?[] pdfs;
        lock (_gate)
        {
            pdfs = [.. _pdfs];
        }

        var collected = new CheckedPdf[pdfs.Length];
        for (var i = 0; i < pdfs.Length; i++)
        {
            try
            {
                collected[i] = pdfs[i] is { } pdf ? await pdf.ConfigureAwait(false) : null!;
            }
            catch (Exception ex)
            {
                Failed(i, ex);
            }
        }

        ThrowFirstFailure();
        return collected.Any(c => c is null)
            ? throw new InvalidOperationException("a document was not converted")
            : ([.. collected.Select(c => c.Pdf)], [.. collected.SelectMany(c => c.Issues)]);
    }

    /// <param name="index">The document's place.</param>
    /// <param name="pdf">Its PDF being read and checked, meanwhile.</param>
    public void Converted(int index, Task<CheckedPdf> pdf)
    {
        lock (_gate)
        {
            _pdfs[index] = pdf;
        }
    }

    public void Failed(int index, Exception failure)
    {
        lock (_gate)
        {
            _failures[index] ??= ExceptionDispatchInfo.Capture(failure);
            _failed = true;
        }
    }

    public void StartFailed(Exception failure)
    {
        lock (_gate)
        {
            _startFailure ??= ExceptionDispatchInfo.Capture(failure);
        }
    }

    /// <summary>Rethrows, as it was thrown, the failure of the earliest document in document order.</summary>
    public void ThrowFirstFailure()
    {
        lock (_gate)
        {
            _failures.FirstOrDefault(f => f is not null)?.Throw();
        }
    }

    /// <summary>Rethrows why the first session that failed to start did not.</summary>
    public void ThrowStartFailure()
    {
        lock (_gate)
        {
            _startFailure?.Throw();
        }

        throw new InvalidOperationException("no LibreOffice session was given");
    }
}
