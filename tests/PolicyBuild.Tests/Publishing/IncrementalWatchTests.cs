using PolicyBuild.Publishing;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Templates;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing;

/// <summary>
/// <c>watch</c> keeps its toolchain and baseline between builds: after each edit, rename, delete, policy.yml,
/// baseline or template change, its outputs must be byte for byte those of a fresh build of the same files.
/// It also keeps the draft's parsed fragment files: edits of the same size, new files, front matter and a
/// broken file must be read again, not served from what was kept.
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
            ("a clause edited, same size", () => ReplaceSameLength(Path.Combine(policy, "50-personal-use", "175-council-equipment.md"), "Logs are kept for a year.", "Logs are kept for a week.")),
            ("a clause added", () => File.WriteAllText(Path.Combine(policy, "50-personal-use", "176-logs.md"), "Logs are read only by the ICT service.\n")),
            ("a clause given a title and another id", () => File.WriteAllText(Path.Combine(policy, "50-personal-use", "176-logs.md"), "---\nid: reading-logs\ntitle: Reading logs\n---\nLogs are read only by the ICT service.\n")),
            ("a section heading edited", () => ReplaceSameLength(Path.Combine(policy, "65-scope", "_section.md"), "# Scope", "# SCOPE")),
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
        Assert.Contains(DocxText.Paragraphs(marked), p => p.Contains("Logs are kept for a week.", StringComparison.Ordinal));
        Assert.Contains(DocxText.Paragraphs(marked), p => p.Contains("Reading logs", StringComparison.Ordinal));
        Assert.Contains(DocxText.Paragraphs(marked), p => p.Contains("SCOPE", StringComparison.Ordinal));

        // A kept clause broken by a save is read again: its error is located as a fresh build's would be.
        var broken = Path.Combine(policy, "50-personal-use", "176-logs.md");
        var before = Count(events);
        File.WriteAllText(broken, "---\nid: reading-logs\nsurprise: yes\n---\nLogs.\n");
        var failure = await NextOutcome(events, before);
        var error = Assert.IsType<WatchFailed>(failure).Diagnostics.Single();
        Assert.EndsWith("social-media/50-personal-use/176-logs.md", error.Location.File, StringComparison.Ordinal);
        Assert.Equal((3, 1), (error.Location.Line, error.Location.Column)); // the unknown key's line
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

    [Fact]
    public void A_rebuild_writes_every_document_mostly_from_kept_paragraphs_and_forgets_documents_no_longer_written()
    {
        using var temp = new TempDirectory();
        var policy = DirectoryCopy.Copy(RepositoryPaths.SamplePolicy, temp.Combine("social-media"));
        var options = new BuildOptions(temp.Combine("out"));
        var build = new IncrementalPolicyBuild(policy, new TemplateSet(RepositoryPaths.Templates), options);
        build.Build([]);

        var clause = Path.Combine(policy, "50-personal-use", "30-council-equipment.md");
        File.AppendAllText(clause, "Logs are kept for a year.\n");
        var documents = build.Build([clause]).Outputs.Where(o => o.Path.EndsWith(".docx", StringComparison.Ordinal)).Select(o => o.Path).ToList();

        // The clean and marked documents, the report and the pack: each mostly from what it kept, the edited clause written again.
        Assert.Equal(4, documents.Count);
        foreach (var document in documents)
        {
            var (reused, written) = build.KeptXml.Kept(document)!.LastCounts;
            Assert.True(reused > 3 * written, $"{Path.GetFileName(document)}: {reused} paragraphs reused, {written} written afresh");
        }

        var pack = documents.Single(d => d.EndsWith("-pack.docx", StringComparison.Ordinal));
        Assert.True(build.KeptXml.Kept(pack)!.LastCounts.Written > 0);

        // The report item removed: its documents' kept XML goes with the next build.
        Directory.Delete(Path.Combine(policy, "reports"), recursive: true);
        build.Build([Path.Combine(policy, "reports")]);
        Assert.Null(build.KeptXml.Kept(pack));
        Assert.NotNull(build.KeptXml.Kept(documents[0]));
    }

    [Fact]
    public void A_save_the_watcher_did_not_report_is_still_read_and_only_changed_fragments_are_read_again()
    {
        using var temp = new TempDirectory();
        var policy = DirectoryCopy.Copy(RepositoryPaths.SamplePolicy, temp.Combine("social-media"));
        var options = new BuildOptions(temp.Combine("out"));
        var build = new IncrementalPolicyBuild(policy, new TemplateSet(RepositoryPaths.Templates), options);
        build.Build([]);
        var files = build.Fragments.LastLoad.Read;

        var clause = Path.Combine(policy, "50-personal-use", "30-council-equipment.md");
        ReplaceSameLength(clause, "networks", "NETWORKS");
        File.SetLastWriteTimeUtc(clause, File.GetLastWriteTimeUtc(clause).AddSeconds(1)); // a coarse clock could give the same time
        var rebuilt = build.Build([]); // no path told: the file's stamp shows the change
        Assert.Equal((files - 1, 1), build.Fragments.LastLoad);
        var fresh = new PolicyPackBuilder(new Toolchain(new TemplateSet(RepositoryPaths.Templates))).Build(policy, options);
        Assert.Equal(fresh.Outputs.Select(o => o.Content), rebuilt.Outputs.Select(o => o.Content));
        Assert.Contains(DocxText.Paragraphs(rebuilt.Outputs[0].Content), p => p.Contains("NETWORKS", StringComparison.Ordinal));

        build.Build([Path.Combine(policy, "50-personal-use")]); // a folder told: everything in it read again
        Assert.Equal(Directory.GetFiles(Path.Combine(policy, "50-personal-use"), "*.md").Length, build.Fragments.LastLoad.Read);
    }

    private static void ReplaceSameLength(string file, string from, string to)
    {
        Assert.Equal(from.Length, to.Length);
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>The first build told after event number <paramref name="after"/>; a failed one fails the test.</summary>
    private static async Task<WatchBuilt> NextBuild(List<WatchEvent> events, int after)
    {
        var outcome = await NextOutcome(events, after);
        if (outcome is WatchFailed failed)
        {
            Assert.Fail(string.Join("\n", failed.Diagnostics));
        }

        return (WatchBuilt)outcome;
    }

    /// <summary>The first build or failure told after event number <paramref name="after"/>.</summary>
    private static async Task<WatchEvent> NextOutcome(List<WatchEvent> events, int after)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            lock (events)
            {
                if (events.Skip(after).FirstOrDefault(e => e is WatchBuilt or WatchFailed) is { } outcome)
                {
                    return outcome;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the watch to build");
            await Task.Delay(50);
        }
    }
}
