using PolicyBuild.Cli;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Cli;

/// <summary><c>watch</c> on a temporary policy: builds, rebuilds on save, reports errors and keeps going, stops when cancelled.</summary>
public class WatchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Editing_a_clause_rebuilds_the_docx_and_cancelling_stops_the_watch()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "The first purpose.")).WriteTo(temp.Combine("p"));
        var docx = temp.Combine("out", "test-policy", "test-policy.docx");
        using var output = new StringWriter();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // never hang the suite
        var watcher = new PolicyWatcher(dir, RepositoryPaths.Templates, new BuildOptions(temp.Combine("out")), new Reporter(TextWriter.Synchronized(output), TextWriter.Synchronized(output)));

        var watching = Task.Run(() => watcher.RunAsync(cts.Token));
        await Until(() => File.Exists(docx) && Read(docx) is { } d && DocxText.Paragraphs(d).Any(p => p.Contains("The first purpose.", StringComparison.Ordinal)));
        await File.WriteAllTextAsync(Path.Combine(dir, "10-intro", "10-purpose.md"), "The second purpose.\n");
        await Until(() => Read(docx) is { } d && DocxText.Paragraphs(d).Any(p => p.Contains("The second purpose.", StringComparison.Ordinal)));
        await cts.CancelAsync();
        var exit = await watching.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ExitCodes.Ok, exit);
        var log = output.ToString();
        Assert.Contains("changed: ", log);
        Assert.Contains("10-intro/10-purpose.md", log);
        Assert.Contains("stopped watching", log);
    }

    [Fact]
    public async Task A_broken_save_prints_the_error_keeps_the_last_docx_and_the_next_good_save_rebuilds()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "Purpose one.")).WriteTo(temp.Combine("p"));
        var docx = temp.Combine("out", "test-policy", "test-policy.docx");
        using var output = new StringWriter();
        var log = TextWriter.Synchronized(output);
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var watcher = new PolicyWatcher(dir, RepositoryPaths.Templates, new BuildOptions(temp.Combine("out")), new Reporter(log, log)) { Debounce = TimeSpan.FromMilliseconds(100) };

        var watching = Task.Run(() => watcher.RunAsync(cts.Token));
        await Until(() => File.Exists(docx));
        var first = File.ReadAllBytes(docx);
        await File.WriteAllTextAsync(Path.Combine(dir, "10-intro", "10-purpose.md"), "See [](#missing).\n");
        await Until(() => Text(log, output).Contains("build failed: nothing was written; waiting for the next change", StringComparison.Ordinal));
        Assert.Equal(first, File.ReadAllBytes(docx));
        Assert.True(Text(log, output).Contains("10-intro/10-purpose.md:1:5: error: unknown cross-reference '#missing'", StringComparison.Ordinal), Text(log, output));
        await File.WriteAllTextAsync(Path.Combine(dir, "10-intro", "10-purpose.md"), "Purpose two.\n");
        await Until(() => Read(docx) is { } d && DocxText.Paragraphs(d).Any(p => p.Contains("Purpose two.", StringComparison.Ordinal)));
        await cts.CancelAsync();

        Assert.Equal(ExitCodes.Ok, await watching.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Watch_of_a_missing_folder_exits_1_at_once()
    {
        using var temp = new TempDirectory();

        var run = CliRun.Of("watch", temp.Combine("nowhere"), "--templates", RepositoryPaths.Templates);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("nowhere:1:1: error: policy folder not found", run.Error);
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the watcher");
            await Task.Delay(50);
        }
    }

    /// <summary>The file's bytes, or null while it is being replaced.</summary>
    private static byte[]? Read(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>What was written so far; the synchronized writer locks on itself, so holding it keeps writes out.</summary>
    private static string Text(TextWriter synchronized, StringWriter inner)
    {
        lock (synchronized)
        {
            return inner.ToString();
        }
    }
}
