using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.RedlineHarness.LibreOffice;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Diff;

/// <summary>
/// For every generated case and the sample, read with our own reader: accepting all revisions
/// gives the clean draft, rejecting all gives the clean baseline, and the package is valid.
/// (LibreOfficeRedlineTests checks the same with an independent reader.)
/// </summary>
public class RedlineInvariantTests
{
    [Theory]
    [MemberData(nameof(RedlineCases.Names), MemberType = typeof(RedlineCases))]
    public void Accept_all_gives_the_draft_and_reject_all_the_baseline(string name)
    {
        using var temp = new TempDirectory();
        var (baselineDir, draftDir) = RedlineCases.Named(name).WriteTo(temp.Path);
        var built = TestToolchain.BuildPair(baselineDir, draftDir);

        PackageValidation.AssertValid(built.Marked);
        Assert.Equal(Trim(DocxText.Paragraphs(built.Draft)), Trim(DocxText.Paragraphs(built.Marked, RevisionView.Accept)));
        Assert.Equal(Trim(DocxText.Paragraphs(built.Baseline)), Trim(DocxText.Paragraphs(built.Marked, RevisionView.Reject)));
    }

    [Fact]
    public void The_sample_redline_accepts_to_the_2021_draft_and_rejects_to_the_2018_policy()
    {
        var built = TestToolchain.BuildPair(RepositoryPaths.SampleBaseline, RepositoryPaths.SamplePolicy);
        Assert.Equal(Trim(DocxText.Paragraphs(built.Draft)), Trim(DocxText.Paragraphs(built.Marked, RevisionView.Accept)));
        Assert.Equal(Trim(DocxText.Paragraphs(built.Baseline)), Trim(DocxText.Paragraphs(built.Marked, RevisionView.Reject)));
    }

    /// <summary>Word cannot track the last paragraph mark, so a marked document may end in one extra empty paragraph.</summary>
    internal static List<string> Trim(List<string> paragraphs)
    {
        while (paragraphs.Count > 0 && paragraphs[^1].Length == 0)
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        return paragraphs;
    }
}
