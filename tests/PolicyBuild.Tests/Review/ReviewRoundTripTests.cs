using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.RedlineHarness.LibreOffice;
using PolicyBuild.Tests.Cli;
using PolicyBuild.Tests.Import;
using PolicyBuild.Tests.Publishing.LibreOffice;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Review;

/// <summary>
/// The review round trip, with LibreOffice as the reviewer's word processor: it opens the clean
/// document we built, records tracked changes (words added to a clause, a clause deleted, a paragraph
/// added to a clause, a new clause in the Clause style) and a comment, and saves it as .docx. Then
/// <c>review --accept</c>; the rebuilt clean document must read, paragraph by paragraph as
/// LibreOffice reads them, as the reviewed document with every change accepted; and only the touched
/// clause files may have changed.
/// </summary>
[Collection(LibreOfficeFixture.Collection)]
public partial class ReviewRoundTripTests(LibreOfficeFixture libreOffice)
{
    private static readonly object[] Edits =
    [
        new { op = "author", name = "Legal Reviewer" },
        new { op = "append", find = "can benefit the Council.", text = " Declare any such connection to your manager." },
        new { op = "delete-paragraph", find = "When staff leave the Council, they should update" },
        new { op = "add-paragraph", after = "before they are given access to a corporate account.", text = "The training is refreshed every two years.", style = "Clause Continuation" },
        new { op = "add-paragraph", after = "Staff must not use corporate accounts to express their own opinions.", text = "Replies to complaints are made within two working days.", style = "Clause" },
        new { op = "comment", find = "such as LinkedIn", text = "Name other sites too?", author = "Legal Reviewer", date = "2026-11-30" },
    ];

    [Fact]
    public async Task Accepted_review_edits_rebuild_as_the_reviewed_document_with_all_changes_accepted_touching_only_their_clauses()
    {
        using var temp = new TempDirectory();
        var policy = DirectoryCopy.Copy(RepositoryPaths.SamplePolicy, temp.Combine("policy-src", "social-media"));
        var before = Files(policy);
        var clean = temp.Combine("social-media.docx");
        await File.WriteAllBytesAsync(clean, ImportHarness.BuildDocx(policy));
        var reviewed = temp.Combine("social-media-reviewed.docx");
        EditInLibreOffice(clean, reviewed, temp);

        var run = CliRun.Of("review", reviewed, "--policy", policy, "--accept", "--comments", temp.Combine("review.md"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@$"{Regex.Escape(policy)}/50-personal-use/120-business-contacts\.md:5: inserted: “Declare any such connection to your manager\.” \(Legal Reviewer, \d{{4}}-\d\d-\d\d \d\d:\d\d\)", run.Output);
        Assert.Contains($"{policy}/50-personal-use/120-business-contacts.md:5: comment: Name other sites too? (on “such as LinkedIn”) (Legal Reviewer, 2026-11-30 09:00)", run.Output);
        Assert.Contains($"removed {policy}/50-personal-use/170-leaving-the-council.md", run.Output);
        var after = Files(policy);
        var changed = after.Keys.Where(k => !before.TryGetValue(k, out var was) || was != after[k]).Concat(before.Keys.Where(k => !after.ContainsKey(k))).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            "50-personal-use/120-business-contacts.md",
            "50-personal-use/170-leaving-the-council.md",
            "60-corporate-accounts/20-training-before-access.md",
            "60-corporate-accounts/35-replies-to-complaints-are-made-within.md",
        ], changed);
        Assert.Contains("Name other sites too?", File.ReadAllText(temp.Combine("review.md")));

        var rebuilt = temp.Combine("rebuilt.docx");
        await File.WriteAllBytesAsync(rebuilt, ImportHarness.BuildDocx(policy));
        var expected = Lines(await libreOffice.Session.ReadParagraphsAsync(reviewed, RevisionView.Accept));
        var actual = Lines(await libreOffice.Session.ReadParagraphsAsync(rebuilt, RevisionView.Keep));
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// Label and text per paragraph, without clause and section numbers: they are computed, so the
    /// rebuilt document numbers the added clause and closes the gap the deleted one left, which the
    /// reviewer's document cannot do. The contents' numbers go the same way.
    /// </summary>
    private static List<string> Lines(IReadOnlyList<LibreOfficeParagraph> paragraphs)
    {
        var lines = paragraphs.Select(p => $"{(p.InTable ? "[cell] " : "")}{p.Label}{(p.Label.Length > 0 ? " " : "")}{Number().Replace(p.Text, string.Empty)}").ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static void EditInLibreOffice(string source, string target, TempDirectory temp)
    {
        var installation = LibreOfficeInstallation.Locate();
        var edits = temp.Combine("edits.json");
        File.WriteAllText(edits, JsonSerializer.Serialize(Edits));
        var start = new ProcessStartInfo(installation.PythonPath) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { RepositoryPaths.TestFolder(Path.Combine("Review", "lo_review_edits.py")), Path.GetDirectoryName(installation.BridgeScriptPath)!, installation.SofficePath, source, target, edits })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "LibreOffice did not finish the edits in 3 minutes");
        Assert.True(process.ExitCode == 0, $"the edits failed: {error.Result}");
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText);

    // "5.12 " before a clause, "5 " before a section heading, and contents entries' numbers.
    [GeneratedRegex(@"^\d+(\.\d+)?(\t|\s)+")]
    private static partial Regex Number();
}
