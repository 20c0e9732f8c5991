using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.RedlineHarness.LibreOffice;
using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;
using static PolicyBuild.Tests.Publishing.LibreOffice.TestDocxBuilder;

namespace PolicyBuild.Tests.Harness;

/// <summary>What LibreOffice reads from Word documents with tracked changes, per revision view.</summary>
[Collection(LibreOfficeFixture.Collection)]
public sealed class LibreOfficeParagraphTests : IDisposable
{
    private readonly LibreOfficeSession _session;
    private readonly TempDirectory _temp = new();

    public LibreOfficeParagraphTests(LibreOfficeFixture fixture)
    {
        _session = fixture.Session;
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Keep_ShowsInsertedAndDeletedTextAndEveryParagraph()
    {
        var paragraphs = await _session.ReadParagraphsAsync(RevisionSample(), RevisionView.Keep);

        Assert.Equal(
            [
                Body("Purpose", "Heading 1"),
                Body("Keep added removed end."),
                Body("New paragraph."),
                Body("After new."),
                Body("Gone paragraph."),
                Body("After gone."),
                Cell("A1"), Cell("B1"), Cell("A2"), Cell("B2 plus"),
                Body("Last."),
            ],
            paragraphs);
    }

    [Fact]
    public async Task Accept_DropsDeletedParagraphCleanlyAndKeepsInsertedOne()
    {
        var paragraphs = await _session.ReadParagraphsAsync(RevisionSample(), RevisionView.Accept);

        Assert.Equal(
            [
                Body("Purpose", "Heading 1"),
                Body("Keep added end."),
                Body("New paragraph."),
                Body("After new."),
                Body("After gone."),
                Cell("A1"), Cell("B1"), Cell("A2"), Cell("B2 plus"),
                Body("Last."),
            ],
            paragraphs);
    }

    [Fact]
    public async Task Reject_DropsInsertedParagraphCleanlyAndRestoresDeletedOne()
    {
        var paragraphs = await _session.ReadParagraphsAsync(RevisionSample(), RevisionView.Reject);

        Assert.Equal(
            [
                Body("Purpose", "Heading 1"),
                Body("Keep removed end."),
                Body("After new."),
                Body("Gone paragraph."),
                Body("After gone."),
                Cell("A1"), Cell("B1"), Cell("A2"), Cell("B2"),
                Body("Last."),
            ],
            paragraphs);
    }

    [Fact]
    public async Task StyledWholeParagraphChanges_DoNotRestyleTheirNeighbours()
    {
        var path = _temp.Combine("styled.docx");
        new TestDocxBuilder()
            .Paragraph(Text("Intro."))
            .InsertedParagraph("New heading", "Heading2")
            .Paragraph(Text("After new."))
            .DeletedParagraph("Old heading", "Heading2")
            .Paragraph(Text("After old."))
            .Save(path);

        var accepted = await _session.ReadParagraphsAsync(path, RevisionView.Accept);
        var rejected = await _session.ReadParagraphsAsync(path, RevisionView.Reject);

        Assert.Equal(
            [Body("Intro."), Body("New heading", "Heading 2"), Body("After new."), Body("After old.")],
            accepted);
        Assert.Equal(
            [Body("Intro."), Body("After new."), Body("Old heading", "Heading 2"), Body("After old.")],
            rejected);
    }

    [Fact]
    public async Task MovedParagraph_IsAtDestinationOnAcceptAndAtOriginOnReject()
    {
        var path = _temp.Combine("moved.docx");
        new TestDocxBuilder()
            .Paragraph(Text("Before."))
            .MovedFromParagraph("Moved clause.", "move1")
            .Paragraph(Text("Middle."))
            .MovedToParagraph("Moved clause.", "move1")
            .Paragraph(Text("After."))
            .Save(path);

        var kept = await _session.ReadParagraphsAsync(path, RevisionView.Keep);
        var accepted = await _session.ReadParagraphsAsync(path, RevisionView.Accept);
        var rejected = await _session.ReadParagraphsAsync(path, RevisionView.Reject);

        Assert.Equal(
            [Body("Before."), Body("Moved clause."), Body("Middle."), Body("Moved clause."), Body("After.")],
            kept);
        Assert.Equal([Body("Before."), Body("Middle."), Body("Moved clause."), Body("After.")], accepted);
        Assert.Equal([Body("Before."), Body("Moved clause."), Body("Middle."), Body("After.")], rejected);
    }

    [Fact]
    public async Task NumberedList_LabelsAreComputedAfterRevisionsAreResolved()
    {
        var path = _temp.Combine("numbered.docx");
        new TestDocxBuilder()
            .NumberedParagraph("First")
            .InsertedParagraph("Second", numId: 1)
            .NumberedParagraph("Third")
            .Save(path);

        var kept = await _session.ReadParagraphsAsync(path, RevisionView.Keep);
        var rejected = await _session.ReadParagraphsAsync(path, RevisionView.Reject);

        Assert.Equal(
            [Body("First", label: "(a)"), Body("Second", label: "(b)"), Body("Third", label: "(c)")],
            kept);
        Assert.Equal([Body("First", label: "(a)"), Body("Third", label: "(b)")], rejected);
    }

    [Fact]
    public async Task FormatChange_IsResolvedByAcceptAndRejectWithoutChangingText()
    {
        var path = _temp.Combine("format.docx");
        new TestDocxBuilder().Paragraph(Text("Plain.")).BoldAddedParagraph("Made bold.").Save(path);

        // The bridge fails a request that leaves any tracked change behind, so success proves resolution.
        foreach (var view in new[] { RevisionView.Keep, RevisionView.Accept, RevisionView.Reject })
        {
            var paragraphs = await _session.ReadParagraphsAsync(path, view);
            Assert.Equal([Body("Plain."), Body("Made bold.")], paragraphs);
        }
    }

    [Fact]
    public async Task ContentOnlyChanges_LeaveAnEmptyParagraphBehind()
    {
        // Without a tracked paragraph mark only the text goes: writers must track the mark too.
        var path = _temp.Combine("content-only.docx");
        var builder = new TestDocxBuilder();
        builder
            .Paragraph(Text("One."))
            .Paragraph(builder.Inserted("Only content inserted."))
            .Paragraph(builder.Deleted("Only content deleted."))
            .Paragraph(Text("Two."))
            .Save(path);

        var accepted = await _session.ReadParagraphsAsync(path, RevisionView.Accept);
        var rejected = await _session.ReadParagraphsAsync(path, RevisionView.Reject);

        Assert.Equal([Body("One."), Body("Only content inserted."), Body(""), Body("Two.")], accepted);
        Assert.Equal([Body("One."), Body(""), Body("Only content deleted."), Body("Two.")], rejected);
    }

    [Fact]
    public async Task TableOfContents_EntriesAreBodyParagraphsInDocumentOrder()
    {
        var path = _temp.Combine("contents.docx");
        new TestDocxBuilder()
            .Heading("Contents", 1)
            .TableOfContents("1\tIntroduction", "2\tRules")
            .Heading("Introduction", 1)
            .Paragraph(Text("Body."))
            .Heading("Rules", 1)
            .Save(path);

        var paragraphs = await _session.ReadParagraphsAsync(path, RevisionView.Accept);

        Assert.Equal(
            [
                Body("Contents", "Heading 1"),
                Body("1\tIntroduction", "Contents 1"),
                Body("2\tRules", "Contents 1"),
                Body("Introduction", "Heading 1"),
                Body("Body."),
                Body("Rules", "Heading 1"),
            ],
            paragraphs);
    }

    [Fact]
    public async Task ReadParagraphs_DoesNotModifyTheSourceDocument()
    {
        var path = RevisionSample();
        var before = await File.ReadAllBytesAsync(path);

        await _session.ReadParagraphsAsync(path, RevisionView.Accept);

        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task LockFileFromAnotherSoffice_DoesNotMakeTheDocumentReadOnly()
    {
        // Left by a soffice that was killed, or by a user who has the document open.
        var path = RevisionSample();
        var lockFile = Path.Combine(_temp.Path, ".~lock." + Path.GetFileName(path) + "#");
        await File.WriteAllTextAsync(
            lockFile, $"{Environment.UserName},{Environment.MachineName},{Environment.MachineName},01.01.2024 00:00,file:///tmp/other;");

        var paragraphs = await _session.ReadParagraphsAsync(path, RevisionView.Accept);

        Assert.Equal("Keep added end.", paragraphs[1].Text);
        Assert.Equal([Path.GetFileName(lockFile)], Directory.GetFiles(_temp.Path, ".~lock*").Select(Path.GetFileName));
    }

    [Fact]
    public async Task MissingDocument_ThrowsFileNotFound()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(
            () => _session.ReadParagraphsAsync(_temp.Combine("absent.docx"), RevisionView.Keep));
    }

    /// <summary>
    /// Heading; a paragraph with an inserted and a deleted run; a wholly inserted paragraph (mark and
    /// content); a wholly deleted paragraph (mark and content); a 2x2 table with an insertion in B2.
    /// </summary>
    private string RevisionSample()
    {
        var path = _temp.Combine("revisions.docx");
        var builder = new TestDocxBuilder();
        builder
            .Heading("Purpose", 1)
            .Paragraph(Text("Keep "), builder.Inserted("added "), builder.Deleted("removed "), Text("end."))
            .InsertedParagraph("New paragraph.")
            .Paragraph(Text("After new."))
            .DeletedParagraph("Gone paragraph.")
            .Paragraph(Text("After gone."))
            .Table(
                [P(Text("A1")), P(Text("B1"))],
                [P(Text("A2")), P(Text("B2"), builder.Inserted(" plus"))])
            .Paragraph(Text("Last."))
            .Save(path);
        return path;
    }

    private static LibreOfficeParagraph Body(string text, string style = "Standard", string label = "") =>
        new(text, label, style, InTable: false);

    private static LibreOfficeParagraph Cell(string text) => new(text, string.Empty, "Standard", InTable: true);
}
