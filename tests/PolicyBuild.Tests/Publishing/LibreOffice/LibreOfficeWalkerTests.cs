using PolicyBuild.Publishing.LibreOffice;
using static PolicyBuild.Tests.Publishing.LibreOffice.TestDocxBuilder;

using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing.LibreOffice;

/// <summary>
/// The paragraph walker runs inside soffice when the Python script provider is installed and over UNO
/// otherwise; both must give the same answer.
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public sealed class LibreOfficeWalkerTests : IDisposable
{
    private readonly LibreOfficeSession _session;
    private readonly TempDirectory _temp = new();

    public LibreOfficeWalkerTests(LibreOfficeFixture fixture)
    {
        _session = fixture.Session;
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void InProcessWalker_IsUsedWhenTheScriptProviderIsInstalled()
    {
        // pythonscript.py is LibreOffice's Python script provider (libreoffice-script-provider-python).
        var soffice = LibreOfficeInstallation.Locate().SofficePath;
        var program = Path.GetDirectoryName(new FileInfo(soffice).ResolveLinkTarget(true)?.FullName ?? soffice)!;
        var installed = File.Exists(Path.Combine(program, "pythonscript.py"));

        // Fails if something (e.g. a pyenv/virtualenv python3 first on PATH) breaks soffice's embedded Python.
        Assert.Equal(installed, _session.InProcessWalker);
    }

    [Fact]
    public async Task RemoteWalker_ReadsTheSameParagraphsAsTheSession()
    {
        var path = _temp.Combine("walker.docx");
        var builder = new TestDocxBuilder();
        builder
            .Heading("Purpose", 1)
            .NumberedParagraph("First")
            .InsertedParagraph("Second", numId: 1)
            .DeletedParagraph("Gone.")
            .Table(
                [P(Text("A1")), P(Text("B1")), P(Text("C1"))],
                [P(Text("A2")), P(Text("B2"), builder.Inserted(" plus")), P(Text("C2 one")), P(Text("C2 two"))])
            .Paragraph(Text("Last."))
            .Save(path);
        var installation = LibreOfficeInstallation.Locate();
        await using var remote = await BridgeProcess.StartAsync(
            installation, TimeSpan.FromSeconds(60), CancellationToken.None, remoteWalker: true);
        Assert.False(remote.InProcessWalker);

        var id = 0;
        foreach (var (view, name) in new[] { (RevisionView.Keep, "keep"), (RevisionView.Accept, "accept"), (RevisionView.Reject, "reject") })
        {
            var expected = await _session.ReadParagraphsAsync(path, view);
            var response = await remote.SendAsync(
                new BridgeRequest { Op = "paragraphs", Id = ++id, In = path, Revisions = name },
                TimeSpan.FromSeconds(60),
                CancellationToken.None);

            Assert.True(response.Ok, response.Error);
            Assert.Equal(expected, response.Paragraphs!.ConvertAll(p => p.ToParagraph()));
        }
    }
}
