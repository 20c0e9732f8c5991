using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Diff;

/// <summary>
/// The product's invariants checked by an independent reader: LibreOffice itself accepts or rejects
/// every revision of the marked document, and the result must equal, paragraph by paragraph (list
/// labels and table cells included), the clean document of the draft or of the baseline, as
/// LibreOffice reads those.
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public class LibreOfficeRedlineTests(LibreOfficeFixture libreOffice)
{
    [Theory]
    [MemberData(nameof(RedlineCases.Names), MemberType = typeof(RedlineCases))]
    public async Task LibreOffice_accept_all_gives_the_draft_and_reject_all_the_baseline(string name)
    {
        using var temp = new TempDirectory();
        var (baselineDir, draftDir) = RedlineCases.Named(name).WriteTo(temp.Path);
        await AssertInvariants(TestToolchain.BuildPair(baselineDir, draftDir), temp);
    }

    [Fact]
    public async Task LibreOffice_accepts_the_sample_redline_to_the_2021_draft_and_rejects_it_to_the_2018_policy()
    {
        using var temp = new TempDirectory();
        await AssertInvariants(TestToolchain.BuildPair(RepositoryPaths.SampleBaseline, RepositoryPaths.SamplePolicy), temp);
    }

    private async Task AssertInvariants((byte[] Draft, byte[] Baseline, byte[] Marked, PolicyBuild.Diff.ChangeSet Changes) built, TempDirectory temp)
    {
        var draft = temp.Combine("draft.docx");
        var baseline = temp.Combine("baseline.docx");
        var marked = temp.Combine("marked.docx");
        await File.WriteAllBytesAsync(draft, built.Draft);
        await File.WriteAllBytesAsync(baseline, built.Baseline);
        await File.WriteAllBytesAsync(marked, built.Marked);

        var session = libreOffice.Session;
        var expectedAccepted = Lines(await session.ReadParagraphsAsync(draft, RevisionView.Keep));
        var expectedRejected = Lines(await session.ReadParagraphsAsync(baseline, RevisionView.Keep));
        var accepted = Lines(await session.ReadParagraphsAsync(marked, RevisionView.Accept));
        var rejected = Lines(await session.ReadParagraphsAsync(marked, RevisionView.Reject));

        Assert.Equal(expectedAccepted, accepted);
        Assert.Equal(expectedRejected, rejected);
    }

    /// <summary>Label and text per paragraph; a trailing empty paragraph (Word's untrackable last mark) is dropped.</summary>
    private static List<string> Lines(IReadOnlyList<LibreOfficeParagraph> paragraphs)
    {
        var lines = paragraphs.Select(p => $"{(p.InTable ? "[cell] " : "")}{p.Label}{(p.Label.Length > 0 ? " " : "")}{p.Text}").ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }
}
