using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PolicyBuild.Publishing.LibreOffice;

/// <summary>
/// One running lo_bridge.py (and the soffice it owns), spoken to over JSON lines.
/// Not thread-safe: <see cref="LibreOfficeSession"/> serialises access.
/// Throws only for transport problems (timeout, crash, garbage); an <c>ok:false</c>
/// answer is returned as a normal response.
/// </summary>
internal sealed class BridgeProcess : IAsyncDisposable
{
    private const int StderrTailLines = 40;
    private static readonly TimeSpan QuitTimeout = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly Queue<string> _stderrTail = new();
    private readonly Lock _stderrLock = new();
    private readonly string _profileDirectory;
    private bool _stopped;

    private BridgeProcess(Process process, string profileDirectory)
    {
        _process = process;
        _profileDirectory = profileDirectory;
    }

    /// <summary>The LibreOffice product and version the bridge reported.</summary>
    public string Version { get; private set; } = string.Empty;

    /// <summary>Starts the bridge and waits for its readiness line.</summary>
    /// <param name="installation">Where Python, soffice and the script are.</param>
    /// <param name="timeout">Limit for soffice to start and accept connections.</param>
    /// <param name="ct">Cancels the start.</param>
    /// <param name="extensions">Python modules adding operations to the bridge (lo_bridge.py --extension).</param>
    /// <exception cref="LibreOfficeNotFoundException">Python cannot import uno.</exception>
    /// <exception cref="LibreOfficeException">soffice could not be started or connected.</exception>
    /// <exception cref="TimeoutException">No readiness line within <paramref name="timeout"/>.</exception>
    public static async Task<BridgeProcess> StartAsync(
        LibreOfficeInstallation installation, TimeSpan timeout, IReadOnlyList<string> extensions, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(installation.PythonPath)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // No BOM: the first request line must be plain JSON.
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add("-u");
        // No site-packages until soffice is started (lo_bridge.py adds them then): their .pth files
        // delay the start.
        psi.ArgumentList.Add("-S");
        psi.ArgumentList.Add(installation.BridgeScriptPath);
        psi.ArgumentList.Add("--soffice");
        psi.ArgumentList.Add(installation.SofficePath);
        psi.ArgumentList.Add("--timeout");
        psi.ArgumentList.Add(timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture));
        // Named here, so that it is removed even when the bridge is killed before it says where it is.
        // One left by a killed run is removed by the next start (ProcessOwnedFolder).
        var profile = ProcessOwnedFolder.Create("policybuild-lo-").FullName;
        psi.ArgumentList.Add("--profile");
        psi.ArgumentList.Add(profile);
        // The bridge stops if this process is gone: one started just as this process was killed (a kill of
        // the whole tree misses a process being started) would otherwise start soffice for nobody.
        psi.ArgumentList.Add("--parent");
        psi.ArgumentList.Add(Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        foreach (var extension in extensions)
        {
            psi.ArgumentList.Add("--extension");
            psi.ArgumentList.Add(extension);
        }

        // A pyenv/venv environment must not leak into the system interpreter.
        psi.Environment.Remove("PYTHONHOME");
        psi.Environment.Remove("PYTHONPATH");
        psi.Environment["PYTHONIOENCODING"] = "utf-8";

        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new LibreOfficeException($"Could not start {installation.PythonPath}");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            ProcessOwnedFolder.DeleteQuietly(profile);
            throw new LibreOfficeNotFoundException($"could not run {installation.PythonPath} ({ex.Message})");
        }

        var bridge = new BridgeProcess(process, profile);
        process.ErrorDataReceived += (_, e) => bridge.AddStderr(e.Data);
        process.BeginErrorReadLine();

        try
        {
            // The bridge applies the same timeout to connecting; allow a little for Python itself.
            var ready = await bridge.ReadResponseAsync(timeout + TimeSpan.FromSeconds(5), "start", ct)
                .ConfigureAwait(false);
            if (!ready.Ok || ready.Ready != true)
            {
                var detail = ready.Error ?? "no details";
                throw ready.Missing == "uno"
                    ? new LibreOfficeNotFoundException(
                        $"{installation.PythonPath} cannot import the 'uno' module ({detail})")
                    : new LibreOfficeException($"LibreOffice did not start: {detail}{bridge.StderrSuffix()}");
            }

            bridge.Version = ready.Version ?? string.Empty;
            return bridge;
        }
        catch
        {
            await bridge.KillAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Sends one request and waits for the answer with the same id.</summary>
    public async Task<BridgeResponse> SendAsync(BridgeRequest request, TimeSpan timeout, CancellationToken ct)
    {
        var what = request.In is null ? request.Op : $"{request.Op} {request.In}";
        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutCts.CancelAfter(timeout);
        try
        {
            var line = JsonSerializer.Serialize(request, BridgeJsonContext.Default.BridgeRequest);
            await _process.StandardInput.WriteLineAsync(line.AsMemory(), timeoutCts.Token).ConfigureAwait(false);
            await _process.StandardInput.FlushAsync(timeoutCts.Token).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new LibreOfficeException($"LibreOffice bridge is gone ({ex.Message}){StderrSuffix()}", ex);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"LibreOffice did not accept '{what}' within {timeout}.{StderrSuffix()}");
        }

        while (true)
        {
            var response = await ReadResponseAsync(timeoutCts.Token, what, timeout, ct).ConfigureAwait(false);
            // A different id can only be a late answer to a request abandoned earlier;
            // no id means the bridge could not even parse the request, so it is ours.
            if (response.Id is null || response.Id == request.Id)
            {
                return response;
            }
        }
    }

    /// <summary>Asks the bridge to quit (it stops soffice and removes its profile); kills it if it will not.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                using var cts = new CancellationTokenSource(QuitTimeout);
                await _process.StandardInput.WriteLineAsync("{\"op\":\"quit\"}".AsMemory(), cts.Token)
                    .ConfigureAwait(false);
                await _process.StandardInput.FlushAsync(cts.Token).ConfigureAwait(false);
                _process.StandardInput.Close();
                await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or InvalidOperationException)
        {
            // Fall through to the kill below: shutting down must not throw.
        }

        await KillAsync().ConfigureAwait(false);
    }

    /// <summary>Kills the bridge and every process it started, then removes the temporary profile.</summary>
    public async Task KillAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        try
        {
            if (!_process.HasExited)
            {
                // The tree holds oosplash and soffice.bin, which would otherwise outlive the bridge.
                _process.Kill(entireProcessTree: true);
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException
                                       or System.ComponentModel.Win32Exception)
        {
            // Already gone, or will not die: nothing more can be done here.
        }
        finally
        {
            _process.Dispose();
            DeleteProfile();
        }
    }

    private async Task<BridgeResponse> ReadResponseAsync(TimeSpan timeout, string what, CancellationToken ct)
    {
        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutCts.CancelAfter(timeout);
        return await ReadResponseAsync(timeoutCts.Token, what, timeout, ct).ConfigureAwait(false);
    }

    private async Task<BridgeResponse> ReadResponseAsync(
        CancellationToken token, string what, TimeSpan timeout, CancellationToken callerToken)
    {
        string? line;
        try
        {
            // WaitAsync guards against a pipe read that ignores cancellation; the process is killed afterwards.
            line = await _process.StandardOutput.ReadLineAsync(token).AsTask().WaitAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!callerToken.IsCancellationRequested)
        {
            throw new TimeoutException($"LibreOffice did not answer '{what}' within {timeout}.{StderrSuffix()}");
        }

        if (line is null)
        {
            // Give stderr a moment to drain so the message shows why the bridge died.
            await Task.Delay(100, CancellationToken.None).ConfigureAwait(false);
            var code = _process.WaitForExit(1000) ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "?";
            throw new LibreOfficeException(
                $"LibreOffice bridge exited (code {code}) while waiting for '{what}'.{StderrSuffix()}");
        }

        try
        {
            return JsonSerializer.Deserialize(line, BridgeJsonContext.Default.BridgeResponse)
                ?? throw new LibreOfficeException($"LibreOffice bridge sent 'null' for '{what}'.");
        }
        catch (JsonException ex)
        {
            throw new LibreOfficeException($"LibreOffice bridge sent a line that is not JSON: {line}", ex);
        }
    }

    private void AddStderr(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stderrLock)
        {
            _stderrTail.Enqueue(line);
            while (_stderrTail.Count > StderrTailLines)
            {
                _stderrTail.Dequeue();
            }
        }
    }

    private string StderrSuffix()
    {
        lock (_stderrLock)
        {
            return _stderrTail.Count == 0
                ? string.Empty
                : Environment.NewLine + "Bridge log (last lines):" + Environment.NewLine
                  + string.Join(Environment.NewLine, _stderrTail);
        }
    }

    // Normally the bridge removes it; after a kill it cannot.
    private void DeleteProfile() => ProcessOwnedFolder.DeleteQuietly(_profileDirectory);
}
