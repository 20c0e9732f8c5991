using PolicyBuild.Publishing.LibreOffice;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>
/// The LibreOffice sessions being started (or borrowed) for one run, which convert its documents side
/// by side. Disposing it stops the sessions the run started; a start nobody waited for (the build failed
/// first) is cancelled.
/// </summary>
public sealed class LibreOfficeLease : IAsyncDisposable
{
    private readonly IReadOnlyList<Task<LibreOfficeSession>> _starting;
    private readonly CancellationTokenSource _cts;
    private readonly bool _owned;
    private readonly Lock _gate = new();
    private Task? _stopping;

    internal LibreOfficeLease(IReadOnlyList<Task<LibreOfficeSession>> starting, CancellationTokenSource cts, bool owned)
    {
        _starting = starting;
        _cts = cts;
        _owned = owned;
    }

    /// <summary>Each session's start: awaiting one waits for that LibreOffice to be ready.</summary>
    /// <remarks>
    /// A start throws <see cref="LibreOfficeNotFoundException"/> (LibreOffice or Python's uno module is not
    /// installed), <see cref="LibreOfficeException"/> (it could not be started) or <see cref="TimeoutException"/>.
    /// </remarks>
    public IReadOnlyList<Task<LibreOfficeSession>> Sessions => _starting;

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    /// <summary>
    /// Stops the sessions the run started (borrowed ones are left running), or cancels their start; the
    /// same stop however often it is asked for, so a run can stop them as soon as it has no more documents
    /// for them, while it finishes the rest of its work.
    /// </summary>
    public Task StopAsync()
    {
        lock (_gate)
        {
            return _stopping ??= StopAllAsync();
        }
    }

    private async Task StopAllAsync()
    {
        if (_starting.Any(s => !s.IsCompleted))
        {
            await _cts.CancelAsync().ConfigureAwait(false);
        }

        // Stopped side by side: each soffice takes a moment to exit.
        await Task.WhenAll(_starting.Select(StopOneAsync)).ConfigureAwait(false);
        _cts.Dispose();
    }

    private async Task StopOneAsync(Task<LibreOfficeSession> starting)
    {
        try
        {
            var session = await starting.ConfigureAwait(false);
            if (_owned)
            {
                await session.DisposeAsync().ConfigureAwait(false);
            }
        }
        catch (Exception)
        {
            // It never started, so there is nothing to stop; whoever asked for the session has seen
            // why. Rethrowing here would hide the error that ended the run.
        }
    }
}
