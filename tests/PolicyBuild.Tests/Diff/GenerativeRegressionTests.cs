using PolicyBuild.RedlineHarness.Generation;
using PolicyBuild.RedlineHarness.Judging;
using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Diff;

/// <summary>
/// Generated pairs that once failed the soak, each named by the shape LibreOffice got wrong: a list
/// label carried onto, or lost from, a paragraph that removed marks join, a list counting on
/// from another or split in two, a contents entry whose heading's bookmark the view lost. Each is
/// the soak's original seed, not shrunk (the soak's --shrink would print CsCheck's smallest failing
/// pair; it was not run for these), and each has a hand-made shape in <see cref="RedlineCases"/>. Replay one with <c>dotnet run --project bench/PolicyBuild.Soak -- --seeds SEED --keep</c>.
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public class GenerativeRegressionTests(LibreOfficeFixture libreOffice)
{
    [Theory]
    [InlineData(3012UL, "a deleted list item before a deleted table at the document's end: kept empty, it took a label")]
    [InlineData(3111UL, "a section deleted after a list item: the document's last, empty paragraph took its label")]
    [InlineData(3335UL, "a title given to a clause whose text goes before a list: on reject the continuation's look hid the label")]
    [InlineData(3416UL, "merged clauses: deleted paragraphs and a list item join a heading across a removed table")]
    [InlineData(3434UL, "merged clauses with a new title: on reject a list's first item lost its label")]
    [InlineData(3506UL, "a split clause: a list paragraph before a table LibreOffice will not remove")]
    [InlineData(3962UL, "swapped clauses: moved-away list items join the next section's heading")]
    [InlineData(3965UL, "a list's first item removed: the rest counted on from the previous list, (d) for (a)")]
    [InlineData(4109UL, "a list item added and one removed: on reject the list counted on from another, (d) for (a)")]
    [InlineData(4864UL, "a moved list restored by w:pPrChange for one item only: the list restarted")]
    [InlineData(5063UL, "a list item edited into a plain paragraph: its old numbering tracked")]
    [InlineData(5149UL, "a split clause with a new title: on reject a list's first item lost its label")]
    [InlineData(3163UL, "a section moved: on reject its unchanged contents entry read \"Error: Reference source not found\"")]
    [InlineData(4799UL, "sections moved: on reject a contents entry's page pointed at a bookmark gone with the moved-here heading")]
    [InlineData(6609UL, "clauses merged, a section deleted and one moved: on reject a contents entry lost its heading's bookmark")]
    [InlineData(6652UL, "a section moved behind a deleted one: on reject a contents entry lost its heading's bookmark")]
    [InlineData(7780UL, "a section moved and one inserted: on reject a contents entry lost its heading's bookmark")]
    [InlineData(6534UL, "a split clause: its empty number paragraph took a list label on accept (a removed item recording its look lent it)")]
    [InlineData(6765UL, "a split clause with nested lists: its empty number paragraph took a list label on accept")]
    [InlineData(6355UL, "a clause deleted before a heading: the heading took the label of a removed list item recording its look")]
    [InlineData(6379UL, "a title given before a kept table: on reject what LibreOffice keeps of the inserted paragraph took a list label across the table")]
    [InlineData(6645UL, "a clause split at a table: on accept a removed list item before the new table stayed as an empty (b)")]
    [InlineData(7608UL, "a table added between list items: on reject the items after it restarted at (a)")]
    [InlineData(8107UL, "a split clause with a list item added: its empty number paragraph took a list label on accept")]
    [InlineData(8313UL, "sections moved and one inserted: on reject a contents entry lost its heading's bookmark")]
    [InlineData(8896UL, "a split clause: its empty number paragraph took a list label on accept")]
    [InlineData(8996UL, "a clause moved and one split: its empty number paragraph took a list label on accept")]
    public async Task Once_failing_pair_accepts_to_its_draft_and_rejects_to_its_baseline(ulong seed, string shape)
    {
        using var temp = new TempDirectory();
        var runner = new PairRunner(new RedlineJudge(TestToolchain.Create(), libreOffice.Session), temp.Path);
        var pair = PairGen.FromSeed(seed);
        var verdict = await runner.RunAsync(pair, $"seed-{seed}");
        Assert.True(verdict.Exact, $"{shape} (seed {seed}, {pair}):\n{verdict}");
    }
}
