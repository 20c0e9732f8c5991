using System.Diagnostics;
using System.Text.Json;
using PolicyBuild.Tests.TestSupport;
using static PolicyBuild.Tests.Publishing.LibreOffice.TestDocxBuilder;

namespace PolicyBuild.Tests.Publishing.LibreOffice;

/// <summary>
/// lo_bridge.py run as PolicyBuild runs it, with its own TMPDIR: a session opens a blank Writer document
/// before it says it is ready, and a stopped session (soffice is killed, not shut down; quit or a
/// signal) leaves no soffice and nothing behind in its temporary folder (its profile, soffice's lu*.tmp).
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public sealed class BridgeLifecycleTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_session_warms_up_before_it_is_ready_and_leaves_nothing_in_its_temporary_folder()
    {
        var docx = Document("first.docx");
        var pdf = _temp.Combine("out", "first.pdf");
        var tmp = Directory.CreateDirectory(_temp.Combine("tmp")).FullName;
        using var bridge = Start(tmp);
        var log = new BridgeLog(bridge);

        Assert.True(Ready(await bridge.StandardOutput.ReadLineAsync()), log.Text);
        Assert.True(await log.WaitForAsync("warm-up: Writer ready in "), log.Text);
        Assert.DoesNotContain("pdf " + docx, log.Text); // the warm-up came first
        Assert.NotEmpty(Directory.GetFileSystemEntries(tmp)); // the running session's profile
        await bridge.StandardInput.WriteLineAsync(Request(docx, pdf));
        var answer = await bridge.StandardOutput.ReadLineAsync();
        await bridge.StandardInput.WriteLineAsync("{\"op\":\"quit\"}");
        await bridge.WaitForExitAsync(new CancellationTokenSource(Limit).Token);

        Assert.True(Ok(answer), answer + log.Text);
        Assert.True(new FileInfo(pdf).Length > 5_000);
        Assert.Equal(0, bridge.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(tmp));
        Assert.Contains("soffice stopped, profile removed", log.Text);
    }

    [Fact]
    public async Task A_session_ended_by_a_signal_leaves_no_soffice_and_nothing_in_its_temporary_folder()
    {
        var tmp = Directory.CreateDirectory(_temp.Combine("tmp")).FullName;
        var (bridge, soffice) = await StartReadyAsync(tmp);
        using var _ = bridge;

        Assert.Equal(0, Kill(bridge.Id, 15));
        await bridge.WaitForExitAsync(new CancellationTokenSource(Limit).Token);

        Assert.Equal(128 + 15, bridge.ExitCode);
        Assert.False(Directory.Exists($"/proc/{soffice}"), $"soffice {soffice} outlived its bridge");
        Assert.Empty(Directory.GetFileSystemEntries(tmp));
    }

    [Fact]
    public async Task A_bridge_killed_outright_takes_its_soffice_with_it()
    {
        // SIGKILL reaches no handler: soffice is started with a death signal, so it dies with its bridge
        // (a kill of the bridge's whole tree could miss a soffice being started, which then ran on).
        var tmp = Directory.CreateDirectory(_temp.Combine("tmp")).FullName;
        var (bridge, soffice) = await StartReadyAsync(tmp);
        using var _ = bridge;
        Assert.True(IsAlive(soffice));

        Assert.Equal(0, Kill(bridge.Id, 9));
        await bridge.WaitForExitAsync(new CancellationTokenSource(Limit).Token);

        var deadline = Stopwatch.StartNew();
        while (IsAlive(soffice) && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        Assert.False(IsAlive(soffice), $"soffice {soffice} outlived its bridge, killed outright");
    }

    /// <summary>A process that has not ended (an ended one waiting to be reaped by init is a zombie, state Z).</summary>
    private static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    [Fact]
    public async Task A_bridge_whose_parent_is_gone_starts_nothing()
    {
        // Started as PolicyBuild was killed (a kill of the whole tree misses a process being started), a
        // bridge would start soffice for nobody, in a profile folder the next run is removing.
        var tmp = Directory.CreateDirectory(_temp.Combine("tmp")).FullName;
        var profile = Directory.CreateDirectory(_temp.Combine("profile")).FullName;
        using var bridge = Start(tmp, _temp.Combine("cache"), "--profile", profile, "--parent", int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var log = new BridgeLog(bridge);
        await bridge.WaitForExitAsync(new CancellationTokenSource(Limit).Token);

        Assert.True(bridge.ExitCode == 4, log.Text);
        Assert.Contains("is gone: nothing to start", log.Text);
        Assert.Empty(Directory.GetFileSystemEntries(profile));
        Assert.Empty(Directory.GetFileSystemEntries(tmp));
    }

    [Fact]
    public async Task A_bridge_whose_parent_dies_while_it_connects_stops_and_leaves_nothing()
    {
        // The parent check runs again while the bridge waits for soffice to listen: a soffice that never
        // does (this one only sleeps) must not keep a bridge waiting for nobody until its timeout.
        var tmp = Directory.CreateDirectory(_temp.Combine("tmp")).FullName;
        var fake = _temp.Combine("soffice");
        var fakePid = _temp.Combine("soffice.pid");
        File.WriteAllText(fake, $"#!/bin/sh\necho $$ > '{fakePid}'\nexec sleep 300\n");
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("this test runs the bridge under /bin/sh with a fake soffice script, which needs Linux");
        }

        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var log = _temp.Combine("bridge.log");
        var bridgeScript = Path.Combine(AppContext.BaseDirectory, "Publishing", "LibreOffice", "lo_bridge.py");
        // A shell is the bridge's parent: it starts the bridge naming itself, says the bridge's pid, and ends a second later.
        var psi = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add($"/usr/bin/python3 -u -S '{bridgeScript}' --timeout 60 --soffice '{fake}' --parent $$ </dev/null 2>'{log}' >/dev/null & echo $!; sleep 1");
        psi.Environment["TMPDIR"] = tmp;
        psi.Environment["XDG_CACHE_HOME"] = _temp.Combine("cache");
        psi.Environment.Remove("POLICYBUILD_LO_LOG");
        using var shell = Process.Start(psi)!;
        var bridge = int.Parse((await shell.StandardOutput.ReadLineAsync())!, System.Globalization.CultureInfo.InvariantCulture);
        await shell.WaitForExitAsync(new CancellationTokenSource(Limit).Token);

        var stopped = Stopwatch.StartNew();
        while (IsAlive(bridge) && stopped.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(50);
        }

        var text = File.ReadAllText(log);
        Assert.False(IsAlive(bridge), "the bridge went on waiting for soffice after its parent was gone:\n" + text);
        Assert.Contains("which started this bridge, is gone", text);
        Assert.True(File.Exists(fakePid), "the bridge never started its soffice:\n" + text);
        var soffice = int.Parse(File.ReadAllText(fakePid).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(IsAlive(soffice), $"soffice {soffice} outlived a bridge that stopped while connecting");
        Assert.Empty(Directory.GetFileSystemEntries(tmp));
    }

    [Theory]
    [InlineData("--timeout", "soon")]
    [InlineData("--no-such-option", "1")]
    [InlineData("--profile")]
    [InlineData("--help")]
    [InlineData("--parent", "me")]
    public async Task A_command_line_it_does_not_understand_exits_2_and_starts_nothing(params string[] arguments)
    {
        var tmp = Directory.CreateDirectory(_temp.Combine("tmp")).FullName;
        using var bridge = Start(tmp, _temp.Combine("cache"), arguments);
        var error = await bridge.StandardError.ReadToEndAsync();
        await bridge.WaitForExitAsync(new CancellationTokenSource(Limit).Token);

        Assert.Equal(2, bridge.ExitCode);
        Assert.Contains(arguments is ["--timeout" or "--parent", _] ? $"{arguments[0]} takes a number" : "usage: lo_bridge.py", error);
        Assert.Empty(Directory.GetFileSystemEntries(tmp)); // no profile made, no soffice started
    }

    /// <summary>
    /// What soffice writes into a new profile but never reads again while it converts (safe mode's backups,
    /// the bibliography, Basic's library, the gallery, autotexts, table formats, a log): every file made
    /// costs start time, so the seed keeps none of it and a run's profile gets none from an older seed.
    /// </summary>
    private static readonly string[] NotNeededInAProfile = ["pack", "database", "basic", "gallery", "autotext", "config", "GraphicsRenderTests.log"];

    [Fact]
    public async Task A_profile_seed_holds_and_passes_on_only_what_soffice_reads_again()
    {
        var tmp = Directory.CreateDirectory(_temp.Combine("tmp")).FullName;
        var cache = Directory.CreateDirectory(_temp.Combine("cache")).FullName;
        var seed = Path.Combine(cache, "policybuild", "lo-profile-seed");

        // No seed yet: soffice makes a whole new profile, and the session keeps it as the seed.
        await RunSessionAsync(tmp, cache, () => { });
        Assert.True(File.Exists(Path.Combine(seed, "registrymodifications.xcu")), "no seed was kept");
        Assert.DoesNotContain(NotNeededInAProfile, name => Path.Exists(Path.Combine(seed, name)));

        // A seed an older PolicyBuild kept has them all: a run's profile is copied without them.
        foreach (var name in NotNeededInAProfile)
        {
            var folder = Directory.CreateDirectory(Path.Combine(seed, name.Contains('.') ? "." : name)).FullName;
            File.WriteAllText(Path.Combine(folder, name.Contains('.') ? name : "kept-by-an-older-seed"), "");
        }

        var profile = Directory.CreateDirectory(_temp.Combine("profile")).FullName;
        var user = Path.Combine(profile, "user");
        await RunSessionAsync(tmp, cache, () =>
        {
            Assert.True(File.Exists(Path.Combine(user, "registrymodifications.xcu")), "the profile was not seeded");
            Assert.DoesNotContain(NotNeededInAProfile, name => Path.Exists(Path.Combine(user, name)));
        }, "--profile", profile);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private string Document(string name)
    {
        var path = _temp.Combine(name);
        new TestDocxBuilder().Heading("Purpose", 1).Paragraph(Text("This policy sets out the rules.")).Save(path);
        return path;
    }

    private static Process Start(string tmp, string? cache = null, params string[] arguments)
    {
        var psi = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add("-u");
        psi.ArgumentList.Add("-S");
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Publishing", "LibreOffice", "lo_bridge.py"));
        psi.ArgumentList.Add("--timeout");
        psi.ArgumentList.Add("60");
        foreach (var argument in arguments)
        {
            psi.ArgumentList.Add(argument);
        }

        psi.Environment["TMPDIR"] = tmp;
        if (cache is not null)
        {
            psi.Environment["XDG_CACHE_HOME"] = cache; // where the profile seed is kept
        }

        psi.Environment.Remove("POLICYBUILD_LO_LOG");
        return Process.Start(psi)!;
    }

    /// <summary>Starts a session and waits until it is ready; its soffice's process id.</summary>
    private static async Task<(Process Bridge, int Soffice)> StartReadyAsync(string tmp)
    {
        var bridge = Start(tmp);
        var log = new BridgeLog(bridge);
        var ready = await bridge.StandardOutput.ReadLineAsync();
        Assert.True(Ready(ready), ready + log.Text);
        return (bridge, JsonDocument.Parse(ready!).RootElement.GetProperty("pid").GetInt32());
    }

    /// <summary>Starts a session, waits until it is ready, asserts on it while it runs, and quits it.</summary>
    private static async Task RunSessionAsync(string tmp, string cache, Action whileReady, params string[] arguments)
    {
        using var bridge = Start(tmp, cache, arguments);
        var log = new BridgeLog(bridge);
        var ready = await bridge.StandardOutput.ReadLineAsync();
        Assert.True(Ready(ready), ready + log.Text);
        whileReady();
        await bridge.StandardInput.WriteLineAsync("{\"op\":\"quit\"}");
        await bridge.WaitForExitAsync(new CancellationTokenSource(Limit).Token);
        Assert.True(bridge.ExitCode == 0, log.Text);
    }

    private static string Request(string docx, string pdf) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["op"] = "pdf", ["id"] = 1, ["in"] = docx, ["out"] = pdf });

    private static bool Ready(string? line) => line is not null && JsonDocument.Parse(line).RootElement.TryGetProperty("ready", out var ready) && ready.GetBoolean();

    private static bool Ok(string? line) => line is not null && JsonDocument.Parse(line).RootElement.GetProperty("ok").GetBoolean();

    /// <summary>The bridge's standard error as it arrives.</summary>
    private sealed class BridgeLog
    {
        private readonly Lock _gate = new();
        private readonly System.Text.StringBuilder _text = new();

        public BridgeLog(Process bridge)
        {
            bridge.ErrorDataReceived += (_, e) =>
            {
                lock (_gate)
                {
                    _text.AppendLine(e.Data);
                }
            };
            bridge.BeginErrorReadLine();
        }

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return _text.ToString();
                }
            }
        }

        public async Task<bool> WaitForAsync(string line)
        {
            var deadline = Stopwatch.StartNew();
            while (!Text.Contains(line, StringComparison.Ordinal))
            {
                if (deadline.Elapsed > Limit)
                {
                    return false;
                }

                await Task.Delay(50);
            }

            return true;
        }
    }
}
