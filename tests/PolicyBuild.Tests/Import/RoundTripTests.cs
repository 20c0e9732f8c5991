using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Import;

/// <summary>
/// The key test: build a policy's clean Word document, import it, build the imported fragments the
/// same way, and compare the two documents paragraph by paragraph — the text (numbers, list items,
/// table cells) and, stricter, each paragraph's style, list and run formatting.
/// </summary>
public class RoundTripTests
{
    /// <summary>
    /// Title-block lines whose metadata the import could not recover, so their text may differ.
    /// Empty: every line our template writes (title, draft notice, document information table,
    /// contents) is read back into policy.yml, so the rebuilt document matches exactly.
    /// </summary>
    private static readonly int[] UnrecoveredTitleBlockLines = [];

    public static TheoryData<string> Policies => new() { "sample", "baseline", "rich" };

    [Theory]
    [MemberData(nameof(Policies))]
    public void A_built_policy_round_trips_paragraph_by_paragraph(string which)
    {
        using var temp = new TempDirectory();
        var source = which switch
        {
            "sample" => RepositoryPaths.SamplePolicy,
            "baseline" => RepositoryPaths.SampleBaseline,
            _ => RichPolicy.WriteTo(temp.Combine("rich-source")),
        };
        var original = ImportHarness.BuildDocx(source);

        var (result, folder) = ImportHarness.Import(temp, original, "imported");
        var rebuilt = ImportHarness.BuildDocx(folder);

        var before = DocxText.Paragraphs(original);
        var after = DocxText.Paragraphs(rebuilt);
        Assert.True(before.Count == after.Count, Diff(before, after));
        var differing = Enumerable.Range(0, before.Count).Where(i => before[i] != after[i]).ToList();
        Assert.True(differing.SequenceEqual(UnrecoveredTitleBlockLines), Diff(before, after));
        Assert.True(before.Count > (which == "rich" ? 25 : 100), $"only {before.Count} paragraphs compared");
        Assert.Empty(result.Notes);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Styles_lists_and_emphasis_round_trip_too(string which)
    {
        using var temp = new TempDirectory();
        var source = which switch
        {
            "sample" => RepositoryPaths.SamplePolicy,
            "baseline" => RepositoryPaths.SampleBaseline,
            _ => RichPolicy.WriteTo(temp.Combine("rich-source")),
        };

        var (_, folder) = ImportHarness.Import(temp, ImportHarness.BuildDocx(source), "imported");

        var before = LayoutSignature.Of(TestToolchain.Layout(source));
        var after = LayoutSignature.Of(TestToolchain.Layout(folder));
        Assert.True(before.SequenceEqual(after), Diff(before, after));
    }

    private static string Diff(List<string> before, List<string> after)
    {
        var lines = new List<string> { $"{before.Count} paragraphs before, {after.Count} after" };
        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
        {
            var b = i < before.Count ? before[i] : "<none>";
            var a = i < after.Count ? after[i] : "<none>";
            if (b != a)
            {
                lines.Add($"#{i}\n  - {b}\n  + {a}");
            }
        }

        return string.Join("\n", lines.Take(40));
    }
}
