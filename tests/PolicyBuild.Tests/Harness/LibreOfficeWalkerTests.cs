using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.RedlineHarness.LibreOffice;
using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;
using static PolicyBuild.Tests.Publishing.LibreOffice.TestDocxBuilder;

namespace PolicyBuild.Tests.Harness;

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
    public async Task InProcessWalker_IsUsedWhenTheScriptProviderIsInstalled()
    {
        // pythonscript.py is LibreOffice's Python script provider (libreoffice-script-provider-python).
        var soffice = LibreOfficeInstallation.Locate().SofficePath;
        var program = Path.GetDirectoryName(new FileInfo(soffice).ResolveLinkTarget(true)?.FullName ?? soffice)!;
        var installed = File.Exists(Path.Combine(program, "pythonscript.py"));

        // Fails if something (e.g. a pyenv/virtualenv python3 first on PATH) breaks soffice's embedded Python.
        Assert.Equal(installed, await _session.InProcessWalkerAsync());
    }

    [Fact]
    public async Task RemoteWalker_ReadsTheSameParagraphsAsTheInProcessOne()
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
        foreach (var view in new[] { RevisionView.Keep, RevisionView.Accept, RevisionView.Reject })
        {
            var expected = await _session.ReadParagraphsAsync(path, view);
            var remote = await _session.ReadParagraphsAsync(path, view, remoteWalker: true);

            Assert.NotEmpty(expected);
            Assert.Equal(expected, remote);
        }
    }
}
