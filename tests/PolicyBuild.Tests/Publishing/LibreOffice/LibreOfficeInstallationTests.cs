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

        Assert.Contains("sudo apt-get install -y libreoffice-writer python3-uno", error.Message);
        Assert.Contains("scripts/install-deps.sh", error.Message);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task PythonWithoutUno_ThrowsNotFoundWithInstallInstructions()
    {
        // A Python without uno: a uno module that cannot be imported comes first on its path (the bridge adds
        // site-packages, where python3-uno puts the real one, itself, so -S would no longer hide it).
        var blocker = Directory.CreateDirectory(_temp.Combine("no-uno")).FullName;
        await File.WriteAllTextAsync(Path.Combine(blocker, "uno.py"), "raise ImportError('no uno in this Python')\n");
        var python = _temp.Combine("python-without-uno");
        await File.WriteAllTextAsync(python, $"#!/bin/sh\nPYTHONPATH='{blocker}' exec /usr/bin/python3 \"$@\"\n");
        File.SetUnixFileMode(python, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var real = LibreOfficeInstallation.Locate();
        var installation = real with { PythonPath = python };

        var error = await Assert.ThrowsAsync<LibreOfficeNotFoundException>(
            () => BridgeProcess.StartAsync(installation, TimeSpan.FromSeconds(30), [], CancellationToken.None));

        Assert.Contains("uno", error.Message);
        Assert.Contains("python3-uno", error.Message);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Bridge_LeavesNoBytecodeCacheBesideItsModules()
    {
        // A copy of the bridge's modules: the installed tool's folder must stay as it was packed.
        var real = LibreOfficeInstallation.Locate();
        var bridgeFolder = Directory.CreateDirectory(_temp.Combine("bridge")).FullName;
        foreach (var module in Directory.GetFiles(Path.GetDirectoryName(real.BridgeScriptPath)!, "lo_*.py"))
        {
            File.Copy(module, Path.Combine(bridgeFolder, Path.GetFileName(module)));
        }

        // As on a machine whose environment does not forbid bytecode files (this one's may).
        var python = _temp.Combine("python-writing-bytecode");
        await File.WriteAllTextAsync(python, $"#!/bin/sh\nexec env -u PYTHONDONTWRITEBYTECODE {real.PythonPath} \"$@\"\n");
        File.SetUnixFileMode(python, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var installation = real with
        {
            PythonPath = python,
            BridgeScriptPath = Path.Combine(bridgeFolder, Path.GetFileName(real.BridgeScriptPath)),
        };
        await using (var bridge = await BridgeProcess.StartAsync(installation, TimeSpan.FromSeconds(120), [], CancellationToken.None))
        {
            Assert.StartsWith("LibreOffice", bridge.Version);
        }

        Assert.Empty(Directory.GetDirectories(bridgeFolder));
    }
}
