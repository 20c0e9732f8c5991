using System.Text.Json;

namespace PolicyBuild.Publishing.LibreOffice;

/// <summary>
/// One headless LibreOffice, kept running for many documents: converts .docx to accessible PDF.
/// </summary>
/// <remarks>
/// LibreOffice is driven by <c>lo_bridge.py</c> (Python 3 with the <c>uno</c> module) over JSON lines;
/// bridge extensions add operations (the tests' paragraph reader, see <see cref="RequestAsync"/>).
/// Requests are handled one at a time; concurrent callers wait their turn. If a request times out
/// or is cancelled while LibreOffice works on it, LibreOffice is stopped (its state is unknown)
/// and started again on the next request.
/// </remarks>
public sealed class LibreOfficeSession : IAsyncDisposable
{
    private readonly LibreOfficeInstallation _installation;
    private readonly IReadOnlyList<string> _extensions;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BridgeProcess? _bridge;
    private long _lastRequestId;
    private bool _disposed;
    private TimeSpan _requestTimeout;

    private LibreOfficeSession(
        LibreOfficeInstallation installation, IReadOnlyList<string> extensions, BridgeProcess bridge, TimeSpan timeout)
    {
        _installation = installation;
        _extensions = extensions;
        _bridge = bridge;
        StartTimeout = timeout;
        _requestTimeout = timeout;
        Version = bridge.Version;
    }

    /// <summary>The limit for starting (or restarting) LibreOffice.</summary>
    public TimeSpan StartTimeout { get; }

    /// <summary>The limit for each request; initially the timeout given to <see cref="StartAsync(TimeSpan, CancellationToken)"/>.</summary>
    public TimeSpan RequestTimeout
    {
        get => _requestTimeout;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            _requestTimeout = value;
        }
    }

    /// <summary>LibreOffice's product name and version, e.g. "LibreOffice 7.4.7.2".</summary>
    public string Version { get; }

    /// <summary>How many times LibreOffice was restarted after a timed-out, cancelled or crashed request.</summary>
    public int Restarts { get; private set; }

    /// <summary>Starts LibreOffice and waits until it accepts requests.</summary>
    /// <param name="timeout">Limit for starting, and the initial <see cref="RequestTimeout"/>.</param>
    /// <param name="ct">Cancels the start.</param>
    /// <exception cref="LibreOfficeNotFoundException">
    /// soffice or a Python 3 with the uno module is missing; the message says how to install them.
    /// </exception>
    /// <exception cref="LibreOfficeException">LibreOffice is installed but could not be started.</exception>
    /// <exception cref="TimeoutException">LibreOffice did not become ready within <paramref name="timeout"/>.</exception>
    public static Task<LibreOfficeSession> StartAsync(TimeSpan timeout, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        return StartAsync(LibreOfficeInstallation.Locate(), timeout, ct);
    }

    /// <summary>Starts a session on an explicit installation (tests use a stand-in bridge script).</summary>
    internal static Task<LibreOfficeSession> StartAsync(
        LibreOfficeInstallation installation, TimeSpan timeout, CancellationToken ct) =>
        StartAsync(installation, timeout, [], ct);

    /// <summary>Starts a session whose bridge also loads <paramref name="extensions"/> (lo_bridge.py --extension).</summary>
    /// <param name="installation">Where Python, soffice and lo_bridge.py are.</param>
    /// <param name="timeout">Limit for starting, and the initial <see cref="RequestTimeout"/>.</param>
    /// <param name="extensions">Python modules adding operations; loaded again on every restart.</param>
    /// <param name="ct">Cancels the start.</param>
    internal static async Task<LibreOfficeSession> StartAsync(
        LibreOfficeInstallation installation, TimeSpan timeout, IReadOnlyList<string> extensions, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        var bridge = await BridgeProcess.StartAsync(installation, timeout, extensions, ct).ConfigureAwait(false);
        return new LibreOfficeSession(installation, extensions, bridge, timeout);
    }

    /// <summary>
    /// Converts a Word document to a tagged, PDF/UA-flagged PDF with bookmarks, tracked changes shown as mark-up
    /// and comments left out. The PDF is written to a temporary name and renamed, so no partial file is left.
    /// </summary>
    /// <param name="docx">The document to convert.</param>
    /// <param name="pdf">Where to write the PDF; its folder is created if needed, an existing file is replaced.</param>
    /// <param name="ct">Cancels the request (LibreOffice is then restarted on the next request).</param>
    /// <exception cref="FileNotFoundException"><paramref name="docx"/> does not exist.</exception>
    /// <exception cref="LibreOfficeException">LibreOffice could not load or export the document.</exception>
    /// <exception cref="TimeoutException">The conversion took longer than <see cref="RequestTimeout"/>.</exception>
    public Task ConvertToPdfAsync(string docx, string pdf, CancellationToken ct = default) =>
        ConvertToPdfAsync(docx, pdf, title: null, ct);

    /// <summary>As <see cref="ConvertToPdfAsync(string, string, CancellationToken)"/>, also setting the PDF title.</summary>
    /// <param name="docx">The document to convert.</param>
    /// <param name="pdf">Where to write the PDF.</param>
    /// <param name="title">The title shown by PDF viewers; null keeps the document's own title.</param>
    /// <param name="ct">Cancels the request.</param>
    public async Task ConvertToPdfAsync(string docx, string pdf, string? title, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pdf);
        var request = new BridgeRequest { Op = "pdf", In = ExistingFile(docx), Out = Path.GetFullPath(pdf), Title = title };
        await SendAsync(request, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends a request that a bridge extension handles, about an existing document, and returns the
    /// answer's own members (those other than ok, id and error).
    /// </summary>
    /// <param name="op">The operation, as the extension's OPS name it.</param>
    /// <param name="document">The document the request is about; it must exist.</param>
    /// <param name="arguments">The operation's other members.</param>
    /// <param name="ct">Cancels the request (LibreOffice is then restarted on the next request).</param>
    /// <exception cref="FileNotFoundException"><paramref name="document"/> does not exist.</exception>
    /// <exception cref="LibreOfficeException">The bridge answered that the request failed.</exception>
    /// <exception cref="TimeoutException">The request took longer than <see cref="RequestTimeout"/>.</exception>
    internal async Task<IReadOnlyDictionary<string, JsonElement>> RequestAsync(
        string op, string? document, IReadOnlyDictionary<string, JsonElement> arguments, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(op);
        var request = new BridgeRequest { Op = op, In = document is null ? null : ExistingFile(document) };
        foreach (var (name, value) in arguments)
        {
            request.Arguments.Add(name, value);
        }

        var response = await SendAsync(request, ct).ConfigureAwait(false);
        return response.Results ?? [];
    }

    /// <summary>Stops LibreOffice and removes its temporary profile.</summary>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_bridge is not null)
            {
                await _bridge.DisposeAsync().ConfigureAwait(false);
                _bridge = null;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private static string ExistingFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        return File.Exists(full) ? full : throw new FileNotFoundException("Document not found.", full);
    }

    private async Task<BridgeResponse> SendAsync(BridgeRequest request, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_bridge is null)
            {
                _bridge = await BridgeProcess.StartAsync(_installation, StartTimeout, _extensions, ct).ConfigureAwait(false);
                Restarts++;
            }

            BridgeResponse response;
            try
            {
                response = await _bridge.SendAsync(request with { Id = ++_lastRequestId }, RequestTimeout, ct)
                    .ConfigureAwait(false);
            }
            catch
            {
                // Timed out, cancelled mid-request or crashed: soffice may be stuck, so start afresh next time.
                await _bridge.KillAsync().ConfigureAwait(false);
                _bridge = null;
                throw;
            }

            return response.Ok
                ? response
                : throw new LibreOfficeException(
                    $"LibreOffice could not {request.Op} '{request.In}': {response.Error ?? "no details"}");
        }
        finally
        {
            _gate.Release();
        }
    }
}
