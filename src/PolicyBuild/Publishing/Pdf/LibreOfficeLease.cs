using PolicyBuild.Publishing.LibreOffice;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>
/// A LibreOffice being started (or borrowed) for one run. Disposing it stops a session the run
/// started; if the session was never asked for (the build failed first) its start is cancelled.
/// </summary>
public sealed class LibreOfficeLease : IAsyncDisposable
{
    private readonly Task<LibreOfficeSession> _starting;
    private readonly CancellationTokenSource _cts;
    private readonly bool _owned;

    internal LibreOfficeLease(Task<LibreOfficeSession> starting, CancellationTokenSource cts, bool owned)
    {
        _starting = starting;
        _cts = cts;
        _owned = owned;
    }

    /// <summary>Waits for LibreOffice to be ready.</summary>
    /// <exception cref="LibreOfficeNotFoundException">LibreOffice or Python's uno module is not installed.</exception>
    /// <exception cref="LibreOfficeException">LibreOffice could not be started.</exception>
    /// <exception cref="TimeoutException">LibreOffice did not start in time.</exception>
    public Task<LibreOfficeSession> SessionAsync() => _starting;

    public async ValueTask DisposeAsync()
    {
        if (!_starting.IsCompleted)
        {
            await _cts.CancelAsync().ConfigureAwait(false);
        }

        try
        {
            var session = await _starting.ConfigureAwait(false);
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
        finally
        {
            _cts.Dispose();
        }
    }
}
