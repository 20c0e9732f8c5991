using System.Diagnostics;
using System.Text.Json;
using PolicyBuild.Tests.TestSupport;
using static PolicyBuild.Tests.Publishing.LibreOffice.TestDocxBuilder;

namespace PolicyBuild.Tests.Publishing.LibreOffice;

/// <summary>
/// lo_bridge.py run as PolicyBuild runs it, with its own TMPDIR: a session converts a warm-up document
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
        Assert.True(await log.WaitForAsync("warm-up: converted in "), log.Text);
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
        using var bridge = Start(tmp);
        var log = new BridgeLog(bridge);
        var ready = await bridge.StandardOutput.ReadLineAsync();
        Assert.True(Ready(ready), ready + log.Text);
        var soffice = JsonDocument.Parse(ready!).RootElement.GetProperty("pid").GetInt32();

        Assert.Equal(0, Kill(bridge.Id, 15));
        await bridge.WaitForExitAsync(new CancellationTokenSource(Limit).Token);

        Assert.Equal(128 + 15, bridge.ExitCode);
        Assert.False(Directory.Exists($"/proc/{soffice}"), $"soffice {soffice} outlived its bridge");
        Assert.Empty(Directory.GetFileSystemEntries(tmp));
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private string Document(string name)
    {
        var path = _temp.Combine(name);
        new TestDocxBuilder().Heading("Purpose", 1).Paragraph(Text("This policy sets out the rules.")).Save(path);
        return path;
    }

    private static Process Start(string tmp)
    {
        var psi = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add("-u");
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Publishing", "LibreOffice", "lo_bridge.py"));
        psi.ArgumentList.Add("--timeout");
        psi.ArgumentList.Add("60");
        psi.Environment["TMPDIR"] = tmp;
        psi.Environment.Remove("POLICYBUILD_LO_LOG");
        return Process.Start(psi)!;
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
