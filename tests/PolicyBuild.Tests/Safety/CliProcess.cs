using System.Diagnostics;
using PolicyBuild.Tests.Cli;

namespace PolicyBuild.Tests.Safety;

/// <summary>The command line as a separate process, for what an in-process run cannot show: being killed, running at once with others.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly TaskCompletionSource _paused = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Text.StringBuilder _error = new();

    private CliProcess(IEnumerable<string> args, int? pauseAtWriteStep, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "policybuild.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        if (pauseAtWriteStep is { } step)
        {
            start.Environment[PolicyBuild.Cli.FaultInjection.Variable] = step.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_error)
            {
                _error.AppendLine(e.Data);
            }

            if (e.Data?.StartsWith("paused at write step", StringComparison.Ordinal) == true)
            {
                _paused.TrySetResult();
            }
        };
        _process.BeginErrorReadLine();
        _output = _process.StandardOutput.ReadToEndAsync();
    }

    public static CliProcess Start(params string[] args) => new(args, null);

    /// <summary>Starts a run with these environment variables set (TMPDIR, say).</summary>
    public static CliProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args) => new(args, null, environment);

    /// <summary>Starts a run that stops at the given step of its write phase (see <see cref="PolicyBuild.Cli.FaultInjection"/>).</summary>
    public static CliProcess PausingAt(int writeStep, params string[] args) => new(args, writeStep);

    /// <summary>Waits for the pause, then kills the process outright (SIGKILL: no clean-up runs); returns the step it paused at.</summary>
    public async Task<string> KillWhenPausedAsync()
    {
        var finished = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_paused.Task, finished, Task.Delay(TimeSpan.FromMinutes(1)));
        _process.Kill(entireProcessTree: true);
        if (first != _paused.Task)
        {
            await _process.WaitForExitAsync();
            lock (_error)
            {
                Assert.Fail($"the run never paused (exit {_process.ExitCode}):\n{_error}");
            }
        }

        await _process.WaitForExitAsync();
        lock (_error)
        {
            return _error.ToString().Split('\n').First(l => l.StartsWith("paused at write step", StringComparison.Ordinal)).Trim();
        }
    }

    /// <summary>Kills the process and everything it started outright (SIGKILL: no clean-up runs), and waits for it.</summary>
    public void KillNow()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async Task<CliRun> FinishAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await _process.WaitForExitAsync(timeout.Token);
        var output = await _output;
        lock (_error)
        {
            return new CliRun(_process.ExitCode, output, _error.ToString());
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
