using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.RedlineHarness.LibreOffice;

using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing.LibreOffice;

/// <summary>
/// Timeouts and cancellation stop the bridge with everything it started, and the next request
/// starts it again. Uses <see cref="FakeBridge"/> so a request can hang on purpose.
/// </summary>
public sealed class LibreOfficeSessionRecoveryTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly LibreOfficeInstallation _installation;
    private readonly string _hanging;
    private readonly string _normal;

    public LibreOfficeSessionRecoveryTests()
    {
        var script = _temp.Combine("fake_bridge.py");
        File.WriteAllText(script, FakeBridge.Script);
        _installation = new LibreOfficeInstallation("/usr/bin/python3", "/bin/false", script);
        _hanging = _temp.Combine(FakeBridge.HangingDocument);
        _normal = _temp.Combine("normal.docx");
        File.WriteAllText(_hanging, "not read by the fake");
        File.WriteAllText(_normal, "not read by the fake");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task TimedOutRequest_KillsTheBridgeTreeAndTheNextRequestRestartsIt()
    {
        await using var session = await LibreOfficeSession.StartAsync(_installation, TimeSpan.FromSeconds(30), CancellationToken.None);
        session.RequestTimeout = TimeSpan.FromMilliseconds(500);

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => session.ReadParagraphsAsync(_hanging, RevisionView.Keep));
        Assert.Contains("paragraphs", error.Message);
        await AssertProcessEndsAsync(ChildPid(0));

        var paragraphs = await session.ReadParagraphsAsync(_normal, RevisionView.Keep);
        Assert.Equal("answer 1", Assert.Single(paragraphs).Text);
        Assert.Equal(1, session.Restarts);
    }

    [Fact]
    public async Task CancelledRequest_KillsTheBridgeTreeAndTheNextRequestRestartsIt()
    {
        await using var session = await LibreOfficeSession.StartAsync(_installation, TimeSpan.FromSeconds(30), CancellationToken.None);
        using var cts = new CancellationTokenSource();
        var pending = session.ReadParagraphsAsync(_hanging, RevisionView.Keep, cts.Token);

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        await AssertProcessEndsAsync(ChildPid(0));
        var paragraphs = await session.ReadParagraphsAsync(_normal, RevisionView.Accept);
        Assert.Equal("answer 1", Assert.Single(paragraphs).Text);
    }

    [Fact]
    public async Task Dispose_StopsTheBridgeAndLaterCallsThrow()
    {
        var session = await LibreOfficeSession.StartAsync(_installation, TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.Equal("answer 0", (await session.ReadParagraphsAsync(_normal, RevisionView.Keep))[0].Text);

        await session.DisposeAsync();

        await AssertProcessEndsAsync(ChildPid(0));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => session.ReadParagraphsAsync(_normal, RevisionView.Keep));
    }

    private int ChildPid(int bridgeNumber) =>
        int.Parse(File.ReadAllText(_temp.Combine($"child-{bridgeNumber}.pid")), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task AssertProcessEndsAsync(int pid)
    {
        // A killed child may linger briefly as a zombie until init reaps it.
        for (var i = 0; i < 50; i++)
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat) || File.ReadAllText(stat).Split(' ')[2] == "Z")
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"process {pid} is still running");
    }
}
