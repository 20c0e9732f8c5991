using PolicyBuild.RedlineHarness.Judging;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.RedlineHarness.LibreOffice;
using PolicyBuild.Tests.Cli;
using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Import;

/// <summary>
/// Two versions written by another program, imported into one folder (<c>--to</c>, then <c>--into</c>):
/// LibreOffice accepting every revision of the redline gives the clean draft, rejecting every one the
/// clean baseline, paragraph by paragraph.
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public class ImportIntoLibreOfficeTests(LibreOfficeFixture libreOffice)
{
    [Theory]
    [MemberData(nameof(ForeignDocuments.Writers), MemberType = typeof(ForeignDocuments))]
    public async Task The_redline_of_two_imported_versions_is_exact_under_accept_all_and_reject_all(string writer)
    {
        using var temp = new TempDirectory();
        var folder = temp.Combine("waste");
        Assert.True(CliRun.Of("import", ForeignDocuments.Path($"waste-v1.{writer}.docx"), "--to", folder).ExitCode == 0);
        Assert.True(CliRun.Of("import", ForeignDocuments.Path($"waste-v2.{writer}.docx"), "--into", folder).ExitCode == 0);
        var built = ImportIntoTests.Redline(folder);
        var files = new[] { ("draft", built.Draft), ("baseline", built.Baseline), ("marked", built.Marked) }
            .ToDictionary(f => f.Item1, f => { var path = temp.Combine(f.Item1 + ".docx"); File.WriteAllBytes(path, f.Item2); return path; });

        var session = libreOffice.Session;
        var draft = Lines(await session.ReadParagraphsAsync(files["draft"], RevisionView.Keep));
        var baseline = Lines(await session.ReadParagraphsAsync(files["baseline"], RevisionView.Keep));

        Assert.Equal(draft, Lines(await session.ReadParagraphsAsync(files["marked"], RevisionView.Accept)));
        Assert.Equal(baseline, Lines(await session.ReadParagraphsAsync(files["marked"], RevisionView.Reject)));
        Assert.Contains(draft, l => l.Contains("Residents may order a second recycling bin free of charge.", StringComparison.Ordinal));
        Assert.Contains(baseline, l => l.Contains("The council reviews each assisted collection every three years.", StringComparison.Ordinal));
    }

    private static List<string> Lines(IReadOnlyList<LibreOfficeParagraph> paragraphs)
    {
        // As the redline tests compare: without the marked document's key and the contents' page numbers.
        var lines = ComparableText.Of(paragraphs).Select(p => $"{(p.InTable ? "[cell] " : "")}{p.Label}{(p.Label.Length > 0 ? " " : "")}{p.Text}").ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }
}
