using PolicyBuild.Publishing.LibreOffice;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>
/// Where a run's one LibreOffice comes from: started for the run and stopped after it (the command
/// line), or a running session borrowed from the caller (tests share one for the whole test run).
/// </summary>
public sealed class LibreOfficeSource
{
    /// <summary>The default limit for LibreOffice to start.</summary>
    public static readonly TimeSpan DefaultStartTimeout = TimeSpan.FromSeconds(60);

    private readonly Func<CancellationToken, Task<LibreOfficeSession>> _start;
    private readonly bool _owned;
    private LibreOfficeLease? _early;

    private LibreOfficeSource(Func<CancellationToken, Task<LibreOfficeSession>> start, bool owned)
    {
        _start = start;
        _owned = owned;
    }

    /// <summary>Starts a LibreOffice of its own for each run and stops it when the run ends.</summary>
    public static LibreOfficeSource StartNew(TimeSpan? startTimeout = null) =>
        new(ct => LibreOfficeSession.StartAsync(startTimeout ?? DefaultStartTimeout, ct), owned: true);

    /// <summary>Uses a running session and leaves it running.</summary>
    public static LibreOfficeSource Borrow(LibreOfficeSession session) => new(_ => Task.FromResult(session), owned: false);

    /// <summary>
    /// Begins starting LibreOffice in the background, so that it starts while the documents are
    /// built: the start (over a second) then costs little of the run's time.
    /// </summary>
    /// <remarks>Takes the start <see cref="BeginEarly"/> made, if there is one.</remarks>
    public LibreOfficeLease Begin(CancellationToken ct) => Interlocked.Exchange(ref _early, null) ?? Start(ct);

    /// <summary>
    /// Begins starting LibreOffice at process start, as soon as the command line asks for PDFs and
    /// before anything is loaded, so that its start overlaps the whole build; the run's
    /// <see cref="Begin"/> takes it. <see cref="ReleaseUnusedAsync"/> stops it if no run did.
    /// </summary>
    public void BeginEarly()
    {
        var lease = Start(CancellationToken.None);
        if (Interlocked.CompareExchange(ref _early, lease, null) is not null)
        {
            lease.DisposeAsync().AsTask().GetAwaiter().GetResult(); // one early start is enough
        }
    }

    /// <summary>Stops an early start that no run took (the command failed before it got that far).</summary>
    public async ValueTask ReleaseUnusedAsync()
    {
        if (Interlocked.Exchange(ref _early, null) is { } unused)
        {
            await unused.DisposeAsync().ConfigureAwait(false);
        }
    }

    private LibreOfficeLease Start(CancellationToken ct)
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // Task.Run: locating soffice and Python is synchronous file I/O and may throw; the task carries that.
        var starting = Task.Run(() => _start(cts.Token), cts.Token);
        return new LibreOfficeLease(starting, cts, _owned);
    }
}
