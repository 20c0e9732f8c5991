using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing;

/// <summary>
/// A conversion that times out, or that LibreOffice claims but never writes, fails the run with an
/// error naming the PDF and writes nothing. Uses <see cref="FakeBridge"/>, which never answers for
/// hang.docx and answers every other request without writing anything.
/// </summary>
public sealed class PdfFailureTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private LibreOfficeSession? _session;

    public async Task InitializeAsync() => _session = await StartFakeAsync();

    private async Task<LibreOfficeSession> StartFakeAsync()
    {
        var script = _temp.Combine("fake_bridge.py");
        await File.WriteAllTextAsync(script, FakeBridge.Script);
        return await LibreOfficeSession.StartAsync(
            new LibreOfficeInstallation("/usr/bin/python3", "/bin/false", script), TimeSpan.FromSeconds(30), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        _temp.Dispose();
    }

    [Fact]
    public void A_document_over_the_time_limit_fails_the_run_and_nothing_is_written()
    {
        // The fake hangs on hang.docx: a policy whose short name is "hang".
        var policy = new TestPolicy()
            .WithMetadata(TestPolicy.Metadata().Replace("short-name: test-policy", "short-name: hang", StringComparison.Ordinal))
            .Section("intro", "Introduction", ("purpose", "This policy sets out the rules."))
            .WriteTo(_temp.Combine("policy"));
        var output = _temp.Combine("out");

        var run = PublishedSample.Cli(_session!, ["build", policy, "--pdf", "--pdf-timeout", "1", "--out", output, "--templates", RepositoryPaths.Templates]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{output}/hang/hang.pdf: error: LibreOffice took longer than 1 s to convert hang.docx", run.Error);
        Assert.Contains("build failed: nothing was written", run.Output);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_pdf_never_written_fails_the_run_and_nothing_is_written()
    {
        var policy = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "This policy sets out the rules."))
            .WriteTo(_temp.Combine("policy"));
        var output = _temp.Combine("out");

        var run = PublishedSample.Cli(_session!, ["build", policy, "--pdf", "--out", output, "--templates", RepositoryPaths.Templates]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{output}/test-policy/test-policy.pdf: error: LibreOffice reported converting test-policy.docx but wrote no PDF", run.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task On_two_sessions_the_earliest_failing_document_is_reported_and_nothing_is_written()
    {
        await using var second = await StartFakeAsync();
        var policy = new TestPolicy()
            .WithMetadata(TestPolicy.Metadata(extra: "baseline: baselines/v1"))
            .Section("intro", "Introduction", ("purpose", "This policy sets out the rules."), ("scope", "It covers every officer."))
            .WriteTo(_temp.Combine("policy"));
        new TestPolicy().Section("intro", "Introduction", ("purpose", "This policy set out rules.")).WriteTo(Path.Combine(policy, "baselines", "v1"));
        var output = _temp.Combine("out");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        // The marked document is the larger, so it is handed out first; both fail, and the clean one is reported, as in document order.
        var code = PolicyBuild.Cli.Program.Run(["build", policy, "--pdf", "--out", output, "--templates", RepositoryPaths.Templates],
            stdout, stderr, PolicyBuild.Publishing.Pdf.LibreOfficeSource.Borrow(_session!, second));

        Assert.True(code == 1, $"{code}\n{stdout}\n{stderr}");
        Assert.Contains($"{output}/test-policy/test-policy.pdf: error: LibreOffice reported converting test-policy.docx but wrote no PDF", stderr.ToString());
        Assert.DoesNotContain("marked-revisions.pdf: error", stderr.ToString());
        Assert.False(Directory.Exists(output));
    }
}
