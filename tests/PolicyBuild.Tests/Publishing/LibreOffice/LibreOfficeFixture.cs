using System.Diagnostics;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.RedlineHarness.LibreOffice;

namespace PolicyBuild.Tests.Publishing.LibreOffice;

/// <summary>
/// Starts ONE LibreOffice for every test in the <see cref="Collection"/> collection and stops it at the end.
/// If LibreOffice is not installed, starting throws <see cref="LibreOfficeNotFoundException"/> and every
/// test in the collection fails with its install instructions: these tests never skip silently.
/// </summary>
public sealed class LibreOfficeFixture : IAsyncLifetime
{
    /// <summary>The xunit collection name shared by all LibreOffice tests.</summary>
    public const string Collection = "LibreOffice";

    private LibreOfficeSession? _session;

    /// <summary>The shared session.</summary>
    public LibreOfficeSession Session =>
        _session ?? throw new InvalidOperationException("LibreOffice session was not started.");

    /// <summary>How long starting the session took (reported by the timing test).</summary>
    public TimeSpan StartDuration { get; private set; }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        _session = await LibreOfficeReader.StartAsync(TimeSpan.FromSeconds(60));
        StartDuration = stopwatch.Elapsed;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }
    }
}
