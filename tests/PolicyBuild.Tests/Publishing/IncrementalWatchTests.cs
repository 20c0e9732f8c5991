using PolicyBuild.Publishing;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Templates;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing;

/// <summary>
/// <c>watch</c> keeps its toolchain and baseline between builds: after each edit, rename, delete, policy.yml,
/// baseline or template change, its outputs must be byte for byte those of a fresh build of the same files.
/// </summary>
public class IncrementalWatchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task After_every_kind_of_save_the_watched_outputs_equal_a_fresh_builds()
    {
        using var temp = new TempDirectory();
        var policy = DirectoryCopy.Copy(RepositoryPaths.SamplePolicy, temp.Combine("social-media"));
        var templates = DirectoryCopy.Copy(RepositoryPaths.Templates, temp.Combine("templates"));
        var options = new BuildOptions(temp.Combine("out"));
        var events = new List<WatchEvent>();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(4)); // never hang the suite
        var watch = new PolicyWatch(policy, templates, options) { Debounce = TimeSpan.FromMilliseconds(100) };
        var watching = Task.Run(() => watch.RunAsync(e => { lock (events) { events.Add(e); } }, cts.Token));
        await NextBuild(events, 0);

        var edits = new (string What, Action Save)[]
        {
            ("a clause edited", () => File.AppendAllText(Path.Combine(policy, "50-personal-use", "30-council-equipment.md"), "Logs are kept for a year.\n")),
            ("a clause renamed so that it moves", () => File.Move(Path.Combine(policy, "50-personal-use", "30-council-equipment.md"), Path.Combine(policy, "50-personal-use", "175-council-equipment.md"))),
            ("a clause deleted", () => File.Delete(Path.Combine(policy, "50-personal-use", "90-personal-safety.md"))),
            ("a baseline clause edited", () => File.AppendAllText(Path.Combine(policy, "baselines", "2018-adopted", "50-personal-use", "100-privacy-settings.md"), "Check them yearly.\n")),
            ("policy.yml changed", () => File.WriteAllText(Path.Combine(policy, "policy.yml"), File.ReadAllText(Path.Combine(policy, "policy.yml")).Replace("version: \"2.0\"", "version: \"2.1\"", StringComparison.Ordinal))),
            ("a template changed", () => File.WriteAllText(Path.Combine(templates, "policy", "policy.sbn"), File.ReadAllText(Path.Combine(templates, "policy", "policy.sbn")).Replace("Contents {.toc-heading}", "Table of contents {.toc-heading}", StringComparison.Ordinal))),
            ("a section folder renamed", () => Directory.Move(Path.Combine(policy, "20-scope"), Path.Combine(policy, "65-scope"))),
        };
        foreach (var (what, save) in edits)
        {
            var seen = Count(events);
            save();
            var built = await NextBuild(events, seen);
            var fresh = new PolicyPackBuilder(new Toolchain(new TemplateSet(templates))).Build(policy, options with { OutputRoot = temp.Combine("fresh") });

            Assert.Equal(fresh.Outputs.Select(o => Path.GetFileName(o.Path)), built.Outputs.Select(o => Path.GetFileName(o.Path)));
            foreach (var (watched, expected) in built.Outputs.Zip(fresh.Outputs))
            {
                Assert.True(expected.Content.AsSpan().SequenceEqual(watched.Content), $"after {what}: {Path.GetFileName(watched.Path)} differs from a fresh build's");
                Assert.Equal(expected.Content, File.ReadAllBytes(watched.Path));
            }
        }

        var marked = File.ReadAllBytes(temp.Combine("out", "social-media", "social-media-marked-revisions.docx"));
        Assert.Contains(DocxText.Paragraphs(marked), p => p.Contains("Table of contents", StringComparison.Ordinal));
        await cts.CancelAsync();
        await watching.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static int Count(List<WatchEvent> events)
    {
        lock (events)
        {
            return events.Count;
        }
    }

    /// <summary>The first build told after event number <paramref name="after"/>; a failed one fails the test.</summary>
    private static async Task<WatchBuilt> NextBuild(List<WatchEvent> events, int after)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            lock (events)
            {
                var outcome = events.Skip(after).FirstOrDefault(e => e is WatchBuilt or WatchFailed);
                if (outcome is WatchFailed failed)
                {
                    Assert.Fail(string.Join("\n", failed.Diagnostics));
                }

                if (outcome is WatchBuilt built)
                {
                    return built;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the watch to build");
            await Task.Delay(50);
        }
    }
}
