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
    public LibreOfficeLease Begin(CancellationToken ct)
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // Task.Run: locating soffice and Python is synchronous file I/O and may throw; the task carries that.
        var starting = Task.Run(() => _start(cts.Token), cts.Token);
        return new LibreOfficeLease(starting, cts, _owned);
    }
}
