using System.Diagnostics;

namespace PolicyBuild.Tests.Safety;

/// <summary>
/// Read-only folders for the tests. The tests run as root, who may write anywhere a permission
/// says not to, so a folder is made immutable (<c>chattr +i</c>) instead: then even root cannot
/// create, change or delete anything in it.
/// </summary>
public static class Chattr
{
    public static void MakeImmutable(string path) => Run("+i", path);

    public static void Clear(string path) => Run("-i", path, quiet: true);

    private static void Run(string flag, string path, bool quiet = false)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 && !quiet)
        {
            throw new InvalidOperationException($"chattr {flag} {path} failed: {error}");
        }
    }
}
