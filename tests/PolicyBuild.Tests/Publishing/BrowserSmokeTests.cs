using System.Buffers.Binary;
using System.Diagnostics;
using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing;

/// <summary>
/// The clean HTML opens in a real browser: headless Debian chromium takes a screenshot of it. Fails,
/// never skips, when chromium is missing (<c>scripts/install-deps.sh --chromium</c>; build.ps1 test does it).
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public sealed class BrowserSmokeTests(LibreOfficeFixture libreOffice, PublishedSample sample) : IClassFixture<PublishedSample>, IDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Chromium_renders_the_clean_html_to_a_screenshot()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} not found: install it with 'scripts/install-deps.sh --chromium' (build.ps1 test does)");
        var published = sample.Run(libreOffice.Session);
        Assert.True(published.ExitCode == 0, published.ToString());
        var png = _temp.Combine("page.png");
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", $"--user-data-dir={_temp.Combine("profile")}", $"--screenshot={png}",
                     "--window-size=1000,1400", new Uri(sample.PathOf("social-media.html")).AbsoluteUri,
                 })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.True(File.Exists(png), $"no screenshot; chromium exited {process.ExitCode}: {await stderr}");
        var bytes = await File.ReadAllBytesAsync(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        // The IHDR chunk right after the signature holds width and height.
        Assert.Equal(1000, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(1400, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        // A blank or error page compresses to a few kilobytes; the policy's text does not.
        Assert.True(bytes.Length > 30_000, $"screenshot is only {bytes.Length} bytes");
    }
}
