using PolicyBuild.Cli;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.Publishing.Pdf;
using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing;

/// <summary>
/// The PDFs of a run are the same bytes however its documents are shared out among LibreOffice
/// sessions and whatever each converted before: the marked document and the pack each first on a
/// fresh session, or on a session that has converted a document without tracked changes before (a
/// session's first Writer document used to register its user as the first change author, so the
/// revisions' author got another colour).
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public sealed class PdfSessionsTests
{
    [Fact]
    public async Task Two_fresh_sessions_side_by_side_give_the_same_pdfs_as_one()
    {
        var started = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => LibreOfficeSession.StartAsync(TimeSpan.FromSeconds(60))));
        try
        {
            using var temp = new TempDirectory();
            var plain = new TestPolicy().Section("intro", "Introduction", ("purpose", "This policy sets out the rules.")).WriteTo(temp.Combine("plain"));
            Build(plain, temp.Combine("plain-out"), LibreOfficeSource.Borrow(started[0]));
            var one = Build(RepositoryPaths.SamplePolicy, temp.Combine("one"), LibreOfficeSource.Borrow(started[0]));
            var two = Build(RepositoryPaths.SamplePolicy, temp.Combine("two"), LibreOfficeSource.Borrow(started[1], started[2]));

            Assert.Matches(@"pdf: 4 documents converted in one LibreOffice \S+ session", one);
            Assert.Matches(@"pdf: 4 documents converted in 2 LibreOffice \S+ sessions", two);
            var pdfs = Directory.GetFiles(temp.Combine("one", "social-media"), "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(4, pdfs.Count);
            foreach (var pdf in pdfs)
            {
                Assert.True(File.ReadAllBytes(temp.Combine("one", "social-media", pdf!)).AsSpan().SequenceEqual(File.ReadAllBytes(temp.Combine("two", "social-media", pdf!))),
                    $"{pdf} differs between one session and two");
            }
        }
        finally
        {
            foreach (var session in started)
            {
                await session.DisposeAsync();
            }
        }
    }

    private static string Build(string policy, string output, LibreOfficeSource sessions)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(["build", policy, "--pdf", "--out", output, "--templates", RepositoryPaths.Templates], stdout, stderr, sessions);
        Assert.True(code == 0, $"{stdout}\n{stderr}");
        return stdout.ToString();
    }
}
