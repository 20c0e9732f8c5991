using System.Diagnostics;
using System.Text.Json;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing;

/// <summary>
/// Runs tests/axe/run-axe.mjs (axe-core in Debian's chromium through playwright-core) on HTML files.
/// Fails, never skips, when node, chromium or the npm packages are missing: build.ps1 test installs them.
/// </summary>
internal static class AxeRunner
{
    public sealed record Violation(string Id, string Impact, string Help, IReadOnlyList<string> Targets);

    public sealed record FileResult(string File, string AxeVersion, IReadOnlyList<Violation> Violations);

    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "axe");

    public static async Task<IReadOnlyList<FileResult>> RunAsync(IReadOnlyList<string> files)
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules", "axe-core")),
            "tests/axe/node_modules is missing: run 'npm ci --prefix tests/axe' (build.ps1 test does)");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(Folder, "run-axe.mjs"));
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
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

        Assert.True(process.ExitCode == 0, $"axe run failed (exit {process.ExitCode}): {await stderr}");
        using var json = JsonDocument.Parse(await stdout);
        return json.RootElement.EnumerateArray().Select(f => new FileResult(
            f.GetProperty("file").GetString()!,
            f.GetProperty("version").GetString()!,
            f.GetProperty("violations").EnumerateArray().Select(v => new Violation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").GetString() ?? "",
                v.GetProperty("help").GetString()!,
                v.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("target").GetString()!).ToList())).ToList())).ToList();
    }
}
