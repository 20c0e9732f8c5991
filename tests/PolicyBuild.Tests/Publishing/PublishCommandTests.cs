using System.Diagnostics;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.Tests.Cli;
using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;
using UglyToad.PdfPig;

namespace PolicyBuild.Tests.Publishing;

/// <summary>
/// <c>publish</c> and <c>build --pdf --html</c> through the command line: drafts refused, an adopted
/// policy published, accessibility errors and warnings (and <c>--strict</c>), and LibreOffice missing.
/// Every failure exits 1 and writes nothing.
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public sealed class PublishCommandTests(LibreOfficeFixture libreOffice) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Publishing_a_draft_without_draft_flag_exits_1_and_writes_nothing()
    {
        var output = _temp.Combine("out");

        var run = PublishedSample.Publish(libreOffice.Session, RepositoryPaths.SamplePolicy, output);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(@"policy-src/social-media/policy\.yml:7:9: error: 'social-media' is a draft: .*pass --draft", run.Error);
        Assert.Contains("publish failed: nothing was written", run.Output);
        Assert.False(Directory.Exists(output), "the output folder was created");
    }

    [Fact]
    public void Publishing_the_adopted_2018_baseline_needs_no_draft_flag()
    {
        var output = _temp.Combine("out");

        var run = PublishedSample.Publish(libreOffice.Session, RepositoryPaths.SampleBaseline, output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var folder = Path.Combine(output, "social-media");
        Assert.Equal(["manifest.json", "social-media.docx", "social-media.html", "social-media.pdf"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var pdf = PdfDocument.Open(Path.Combine(folder, "social-media.pdf"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(8, bookmarks.GetNodes().Count(n => n.Level == 0));
        Assert.DoesNotContain("DRAFT", PdfText.Of(Path.Combine(folder, "social-media.pdf")));
        Assert.Contains("\"status\": \"adopted\"", File.ReadAllText(Path.Combine(folder, "manifest.json")));
    }

    [Fact]
    public void Build_with_pdf_and_html_writes_the_same_formats_for_a_draft()
    {
        var policy = new TestPolicy().WithMetadata(TestPolicy.Metadata(status: "draft"))
            .Section("intro", "Introduction", ("purpose", "This policy sets out the rules."))
            .WriteTo(_temp.Combine("policy"));
        var output = _temp.Combine("out");

        var run = PublishedSample.Cli(libreOffice.Session, ["build", policy, "--pdf", "--html", "--out", output, "--templates", RepositoryPaths.Templates]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["manifest.json", "test-policy.docx", "test-policy.html", "test-policy.pdf"],
            Directory.GetFiles(Path.Combine(output, "test-policy")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("\"sourceCommit\": null", File.ReadAllText(Path.Combine(output, "test-policy", "manifest.json")));
    }

    [Fact]
    public void Accessibility_error_exits_1_located_at_the_clause_and_writes_nothing()
    {
        // Policy text may not hold headings (an error at the clause file when loaded), so a template makes the skipped level.
        var policy = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "This policy sets out the rules."))
            .WriteTo(_temp.Combine("policy"));
        var templates = DirectoryCopy.Copy(RepositoryPaths.Templates, _temp.Combine("templates"));
        var template = Path.Combine(templates, "policy", "policy.sbn");
        File.WriteAllText(template, File.ReadAllText(template).Replace("{{ clause.body }}", "{{ clause.body }}\n\n### Detail\n\nMore rules.", StringComparison.Ordinal));
        var output = _temp.Combine("out");

        var run = PublishedSample.Cli(libreOffice.Session, ["build", policy, "--pdf", "--out", output, "--templates", templates]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{output}/test-policy/test-policy.docx: clause 1.1: error: heading level 3 follows level 1", run.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Bare_url_link_text_is_a_warning_and_an_error_with_strict()
    {
        var policy = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "See <https://www.example.gov.uk/policies> for the other policies."))
            .WriteTo(_temp.Combine("policy"));
        var output = _temp.Combine("out");
        string[] args = ["build", policy, "--pdf", "--out", output, "--templates", RepositoryPaths.Templates];

        var strict = PublishedSample.Cli(libreOffice.Session, [.. args, "--strict"]);

        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.Contains("test-policy.docx: clause 1.1: error: link text is a bare address \"https://www.example.gov.uk/policies\"", strict.Error);
        Assert.False(Directory.Exists(output));

        var lenient = PublishedSample.Cli(libreOffice.Session, args);

        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.Contains("test-policy.docx: clause 1.1: warning: link text is a bare address", lenient.Error);
        Assert.True(File.Exists(Path.Combine(output, "test-policy", "test-policy.pdf")));
    }

    [Fact]
    public async Task LibreOffice_missing_exits_1_with_install_instructions_and_writes_nothing()
    {
        // A separate process, so the environment variable that hides Python affects nothing else.
        var output = _temp.Combine("out");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "policybuild.dll"), "publish", RepositoryPaths.SamplePolicy, "--draft", "--out", output, "--templates", RepositoryPaths.Templates })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[LibreOfficeInstallation.PythonEnvironmentVariable] = _temp.Combine("no-such-python3");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cts.Token);
        var run = new CliRun(process.ExitCode, await stdout, await stderr);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"error: LibreOffice is required but not usable: Python 3 not found at {_temp.Combine("no-such-python3")}", run.Error);
        Assert.Contains("sudo apt-get install -y libreoffice-writer python3-uno", run.Error);
        Assert.Contains("publish failed: nothing was written", run.Output);
        Assert.False(Directory.Exists(output), "the output folder was created");
    }
}
