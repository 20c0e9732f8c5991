using System.Runtime.Versioning;
using PolicyBuild.Publishing.LibreOffice;

using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing.LibreOffice;

/// <summary>A missing Python or uno module is reported with install instructions, not a vague failure.</summary>
public sealed class LibreOfficeInstallationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void MissingPython_ThrowsNotFoundWithInstallInstructions()
    {
        var error = Assert.Throws<LibreOfficeNotFoundException>(
            () => LibreOfficeInstallation.Locate(_temp.Combine("no-such-python3")));

        Assert.Contains("sudo apt-get install -y libreoffice-writer-nogui python3-uno", error.Message);
        Assert.Contains("scripts/install-deps.sh", error.Message);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task PythonWithoutUno_ThrowsNotFoundWithInstallInstructions()
    {
        // python -S skips site-packages, which is where python3-uno puts uno: a Python without uno.
        var python = _temp.Combine("python-without-uno");
        await File.WriteAllTextAsync(python, "#!/bin/sh\nexec /usr/bin/python3 -S \"$@\"\n");
        File.SetUnixFileMode(python, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var real = LibreOfficeInstallation.Locate();
        var installation = real with { PythonPath = python };

        var error = await Assert.ThrowsAsync<LibreOfficeNotFoundException>(
            () => BridgeProcess.StartAsync(installation, TimeSpan.FromSeconds(30), [], CancellationToken.None));

        Assert.Contains("uno", error.Message);
        Assert.Contains("python3-uno", error.Message);
    }
}
