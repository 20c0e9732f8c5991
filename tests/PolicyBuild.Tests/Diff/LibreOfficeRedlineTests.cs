using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.RedlineHarness.Judging;
using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Diff;

/// <summary>
/// The product's invariants checked by an independent reader: LibreOffice itself accepts or rejects
/// every revision of the marked document, and the result must equal, paragraph by paragraph (list
/// labels and table cells included, nothing trimmed), the clean document of the draft or of the
/// baseline, as LibreOffice reads those. The only difference forgiven is the one LibreOffice
/// cannot avoid, counted in the document (LibreOfficeLimits, pinned by LibreOfficeRedlineLimitTests).
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
        await AssertExact(baselineDir, draftDir, temp);
    }

    [Fact]
    public async Task LibreOffice_accepts_the_sample_redline_to_the_2021_draft_and_rejects_it_to_the_2018_policy()
    {
        using var temp = new TempDirectory();
        await AssertExact(RepositoryPaths.SampleBaseline, RepositoryPaths.SamplePolicy, temp);
    }

    private async Task AssertExact(string baselineDir, string draftDir, TempDirectory temp)
    {
        var verdict = await new RedlineJudge(TestToolchain.Create(), libreOffice.Session).JudgeAsync(baselineDir, draftDir, temp.Combine("out"));
        Assert.True(verdict.Exact, verdict.ToString());
    }
}
