using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing;

/// <summary>
/// Every HTML output of the sample (policy, redline, committee report, pack) has no axe-core violation of the
/// WCAG 2.2 A/AA and best-practice rules, checked in a real browser (Debian chromium).
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public sealed class AxeAccessibilityTests(LibreOfficeFixture libreOffice, PublishedSample sample) : IClassFixture<PublishedSample>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Every_html_output_of_the_sample_has_no_axe_violations()
    {
        var published = sample.Run(libreOffice.Session);
        Assert.True(published.ExitCode == 0, published.ToString());
        var pages = Directory.GetFiles(sample.Folder, "*.html").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["2021-07-hr-pack.html", "2021-07-hr-report.html", "social-media-marked-revisions.html", "social-media.html"],
            pages.Select(Path.GetFileName));

        var results = await AxeRunner.RunAsync(pages);

        Assert.Equal(pages, results.Select(r => r.File));
        Assert.All(results, r => Assert.StartsWith("4.", r.AxeVersion));
        var violations = results.SelectMany(r => r.Violations.Select(v => $"{Path.GetFileName(r.File)}: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Targets)}")).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>The harness finds what it is meant to find: a link told apart from its sentence by colour alone.</summary>
    [Fact]
    public async Task The_axe_run_reports_a_link_told_apart_by_colour_alone()
    {
        var page = _temp.Combine("bad.html");
        await File.WriteAllTextAsync(page, """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Links</title>
            <style>body { color: #1b1b1b; } a { color: #0b4f99; text-decoration: none; }</style></head>
            <body><main><h1>Links</h1><p>Staff must read <a href="#rules">the rules on conduct</a> before they post anything.</p>
            <p id="rules">Rules.</p></main></body></html>
            """);

        var result = Assert.Single(await AxeRunner.RunAsync([page]));

        Assert.Contains(result.Violations, v => v.Id == "link-in-text-block");
    }
}
