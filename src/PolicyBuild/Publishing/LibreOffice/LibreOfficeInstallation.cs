namespace PolicyBuild.Publishing.LibreOffice;

/// <summary>Where the pieces needed to drive LibreOffice live on this machine.</summary>
/// <param name="PythonPath">A Python 3 interpreter expected to have the <c>uno</c> module.</param>
/// <param name="SofficePath">The <c>soffice</c> launcher.</param>
/// <param name="BridgeScriptPath">lo_bridge.py, copied next to the assembly at build time.</param>
internal sealed record LibreOfficeInstallation(string PythonPath, string SofficePath, string BridgeScriptPath)
{
    /// <summary>Environment variable naming the Python to use instead of /usr/bin/python3.</summary>
    public const string PythonEnvironmentVariable = "PYTHON_UNO";

    // The system interpreter: python3-uno installs into it, while a pyenv/venv python3 on PATH cannot import uno.
    private const string DefaultPython = "/usr/bin/python3";

    /// <summary>Finds Python, soffice and the bridge script, or throws saying what is missing.</summary>
    /// <param name="pythonPath">The Python to use; null means $PYTHON_UNO, else /usr/bin/python3.</param>
    /// <exception cref="LibreOfficeNotFoundException">Python or soffice is not installed.</exception>
    /// <exception cref="LibreOfficeException">The bridge script was not deployed with the program.</exception>
    public static LibreOfficeInstallation Locate(string? pythonPath = null)
    {
        var python = pythonPath ?? Environment.GetEnvironmentVariable(PythonEnvironmentVariable);
        if (string.IsNullOrWhiteSpace(python))
        {
            python = DefaultPython;
        }

        if (!File.Exists(python))
        {
            throw new LibreOfficeNotFoundException($"Python 3 not found at {python}");
        }

        var soffice = FindSoffice()
            ?? throw new LibreOfficeNotFoundException("'soffice' not found on PATH or in the usual install folders");

        var script = Path.Combine(AppContext.BaseDirectory, "Publishing", "LibreOffice", "lo_bridge.py");
        if (!File.Exists(script))
        {
            throw new LibreOfficeException(
                $"The LibreOffice bridge script is missing at {script}; it is copied there by the build (PolicyBuild.csproj).");
        }

        return new LibreOfficeInstallation(python, soffice, script);
    }

    private static string? FindSoffice()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "soffice");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var wellKnown = new List<string>
        {
            "/usr/lib/libreoffice/program/soffice",
            "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        };
        if (Directory.Exists("/opt"))
        {
            // Upstream LibreOffice packages install as /opt/libreofficeX.Y.
            wellKnown.AddRange(Directory.EnumerateDirectories("/opt", "libreoffice*")
                .OrderDescending(StringComparer.Ordinal)
                .Select(d => Path.Combine(d, "program", "soffice")));
        }

        return wellKnown.FirstOrDefault(File.Exists);
    }
}
