using PolicyBuild.Publishing.LibreOffice;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>
/// Where a run's LibreOffice sessions come from: started for the run and stopped after it (the command
/// line: <see cref="DefaultSessions"/>, converting side by side), or running sessions borrowed from the
/// caller (tests share one for the whole test run).
/// </summary>
public sealed class LibreOfficeSource
{
    /// <summary>The default limit for LibreOffice to start.</summary>
    public static readonly TimeSpan DefaultStartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Environment variable that sets how many sessions a run starts (1 to 4).</summary>
    public const string SessionsEnvironmentVariable = "POLICYBUILD_PDF_SESSIONS";

    /// <summary>
    /// How many sessions a run starts: what <see cref="SessionsEnvironmentVariable"/> asks for (1 to 4),
    /// else two when the machine has a core to spare for the second (see <see cref="SessionsFor"/>).
    /// </summary>
    public static int DefaultSessions =>
        int.TryParse(Environment.GetEnvironmentVariable(SessionsEnvironmentVariable), out var n) && n is >= 1 and <= 4
            ? n
            : SessionsFor(Environment.ProcessorCount, LoadAverage.OneMinute());

    /// <summary>
    /// Two sessions when there are two cores or more and fewer runnable processes, on average over the
    /// last minute, than cores; else one. Each session pays LibreOffice's start and first document
    /// (~0.7 s of one core): with a core idle the second start costs no time and the documents are
    /// converted side by side (the sample's <c>build --pdf</c> on the idle 2-core machine, AOT command:
    /// 2,144 ms with one session, 1,814 with two, medians of 9 interleaved runs); on a busy machine the
    /// second start takes its time from the first (at a load of 6 to 30 on 2 cores one session was
    /// faster in every run: medians 3.45 s against 4.18 s). Unknown load counts as busy.
    /// </summary>
    internal static int SessionsFor(int cores, double? loadAverage) =>
        cores >= 2 && loadAverage is { } load && load < cores ? 2 : 1;

    private readonly IReadOnlyList<Func<CancellationToken, Task<LibreOfficeSession>>> _starts;
    private readonly bool _owned;
    private LibreOfficeLease? _early;

    private LibreOfficeSource(IReadOnlyList<Func<CancellationToken, Task<LibreOfficeSession>>> starts, bool owned)
    {
        _starts = starts;
        _owned = owned;
    }

    /// <summary>Starts LibreOffice sessions of its own for each run and stops them when the run ends.</summary>
    /// <param name="startTimeout">The limit for each to start.</param>
    /// <param name="sessions">How many; <see cref="DefaultSessions"/> when null.</param>
    public static LibreOfficeSource StartNew(TimeSpan? startTimeout = null, int? sessions = null)
    {
        var count = sessions ?? DefaultSessions;
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, nameof(sessions));
        return new(Enumerable.Repeat<Func<CancellationToken, Task<LibreOfficeSession>>>(
            ct => LibreOfficeSession.StartAsync(startTimeout ?? DefaultStartTimeout, ct), count).ToList(), owned: true);
    }

    /// <summary>Uses running sessions (each a different one) and leaves them running.</summary>
    public static LibreOfficeSource Borrow(params LibreOfficeSession[] sessions)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sessions.Length, nameof(sessions));
        return new(sessions.Select(s => (Func<CancellationToken, Task<LibreOfficeSession>>)(_ => Task.FromResult(s))).ToList(), owned: false);
    }

    /// <summary>
    /// Begins starting LibreOffice in the background, so that it starts while the documents are
    /// built: the start (over a second) then costs little of the run's time.
    /// </summary>
    /// <remarks>Takes the start <see cref="BeginEarly"/> made, if there is one.</remarks>
    public LibreOfficeLease Begin(CancellationToken ct) => Interlocked.Exchange(ref _early, null) ?? Start(ct);

    /// <summary>
    /// Begins starting LibreOffice at process start, as soon as the command line asks for PDFs and
    /// before anything is loaded, so that its start overlaps the whole build; the run's
    /// <see cref="Begin"/> takes it. <see cref="ReleaseUnusedAsync"/> stops it if no run did. Asked again
    /// before a run took it, it keeps the start it made.
    /// </summary>
    public void BeginEarly()
    {
        if (Volatile.Read(ref _early) is not null)
        {
            return;
        }

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
        var starting = _starts.Select(start => Task.Run(() => start(cts.Token), cts.Token)).ToList();
        return new LibreOfficeLease(starting, cts, _owned);
    }
}
