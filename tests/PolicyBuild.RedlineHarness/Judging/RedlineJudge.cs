using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Diff;
using PolicyBuild.Publishing;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.RedlineHarness.LibreOffice;
using PolicyBuild.Rendering.Docx;

namespace PolicyBuild.RedlineHarness.Judging;

/// <summary>
/// Builds a baseline/draft pair and checks the product's promise with no tolerance: the marked
/// package is valid; accepting every revision gives the clean draft and rejecting every revision
/// the clean baseline, paragraph for paragraph with list labels and table cells, as LibreOffice
/// reads them and as our own reader does.
/// </summary>
public sealed class RedlineJudge(Toolchain toolchain, LibreOfficeSession libreOffice)
{
    private static readonly RevisionContext Revisions = new("Harness", new DateTime(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc));

    public async Task<Verdict> JudgeAsync(string baselineDir, string draftDir, string workDir)
    {
        Built built;
        try
        {
            built = Build(baselineDir, draftDir);
        }
        catch (PolicyBuildException ex)
        {
            return new Verdict([$"build: {ex.Message}"]);
        }

        var problems = new List<string>();
        problems.AddRange(Validate(built.Marked).Select(e => $"validator: {e}"));
        Compare(problems, "own reader accept-all", DocxText.Paragraphs(built.Draft), DocxText.Paragraphs(built.Marked, RevisionView.Accept));
        Compare(problems, "own reader reject-all", DocxText.Paragraphs(built.Baseline), DocxText.Paragraphs(built.Marked, RevisionView.Reject));

        Directory.CreateDirectory(workDir);
        var draft = await WriteAsync(workDir, "draft.docx", built.Draft);
        var baseline = await WriteAsync(workDir, "baseline.docx", built.Baseline);
        var marked = await WriteAsync(workDir, "marked.docx", built.Marked);
        await CompareWithLibreOffice(problems, draft, marked, built.Marked, RevisionView.Accept);
        await CompareWithLibreOffice(problems, baseline, marked, built.Marked, RevisionView.Reject);
        return new Verdict(problems);
    }

    private async Task CompareWithLibreOffice(List<string> problems, string clean, string marked, byte[] markedBytes, RevisionView view)
    {
        var expected = await ReadAsync(clean, RevisionView.Keep);
        var read = LibreOfficeLimits.Forgive(await ReadAsync(marked, view), expected, LibreOfficeLimits.UnjoinableMarks(markedBytes, view));
        Compare(problems, $"LibreOffice {(view == RevisionView.Accept ? "accept" : "reject")}-all", expected, read);
    }

    public sealed record Built(byte[] Draft, byte[] Baseline, byte[] Marked, ChangeSet Changes);

    public Built Build(string baselineDir, string draftDir)
    {
        var baseline = toolchain.Loader.Load(new DirectoryPolicyTree(baselineDir));
        var draft = toolchain.Loader.Load(new DirectoryPolicyTree(draftDir));
        var baselineLayout = toolchain.Layout.Render(baseline);
        var draftLayout = toolchain.Layout.Render(draft);
        var redline = new LayoutDiffer().Compare(baselineLayout, draftLayout);
        return new Built(toolchain.Writer.Write(draftLayout), toolchain.Writer.Write(baselineLayout),
            toolchain.Writer.Write(redline.Document, Revisions), ChangeSetBuilder.Build(baseline, draft, redline));
    }

    /// <summary>Every Open XML SDK validator error (Office 2019 rules) of a package.</summary>
    public static List<string> Validate(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    /// <summary>Label and text of each paragraph, cells marked, as read; only what is not the policy is left out (<see cref="ComparableText"/>).</summary>
    public async Task<List<string>> ReadAsync(string docx, RevisionView view) =>
        [.. ComparableText.Of(await libreOffice.ReadParagraphsAsync(docx, view)).Select(p =>
            $"{(p.InTable ? "[cell] " : "")}{p.Label}{(p.Label.Length > 0 ? " " : "")}{p.Text}")];

    private static void Compare(List<string> problems, string what, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (LineDiff.Describe(expected, actual) is { } difference)
        {
            problems.Add($"{what}: {difference}");
        }
    }

    private static async Task<string> WriteAsync(string dir, string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }
}
