using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Tests.Cli;
using PolicyBuild.Tests.TestSupport;
using static PolicyBuild.Tests.Import.WordDocumentBuilder;

namespace PolicyBuild.Tests.Import;

/// <summary>
/// A document with tracked changes is refused (exit 1, nothing written) unless
/// <c>--accept-revisions</c>, which imports the text as if every change were accepted.
/// </summary>
public class TrackedChangesImportTests
{
    [Fact]
    public void A_document_with_tracked_changes_is_refused_and_nothing_is_written()
    {
        using var temp = new TempDirectory();
        var docx = temp.Combine("revised.docx");
        File.WriteAllBytes(docx, Revised());

        var run = CliRun.Of("import", docx, "--to", temp.Combine("policy-src", "revised"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{docx}:1:1: error: the document has tracked changes (2 insertions, 2 deletions, 2 moves): accept or reject them in Word first, or import again with --accept-revisions", run.Error);
        Assert.Contains("import failed: nothing was written", run.Output);
        Assert.Equal(["revised.docx"], temp.Files());
    }

    [Fact]
    public void Accept_revisions_imports_the_text_with_every_change_accepted()
    {
        using var temp = new TempDirectory();
        var docx = temp.Combine("revised.docx");
        File.WriteAllBytes(docx, Revised());
        var folder = temp.Combine("policy-src", "revised");

        var run = CliRun.Of("import", docx, "--to", folder, "--accept-revisions");

        Assert.True(run.ExitCode == 0, run.ToString());
        var clauses = TestToolchain.Load(folder).Clauses.ToList();
        Assert.Equal(
            ["Staff must always lock their screens.", "Staff should report lost devices at once.", "A new clause inserted in review.", "Passwords are never shared."],
            clauses.Select(c => c.Body));
        Assert.Equal(["1.1", "1.2", "1.3", "1.4"], clauses.Select(c => c.Number));
    }

    /// <summary>
    /// 1.1 with a word replaced; 1.2 whose paragraph mark was deleted (it joins the next paragraph);
    /// an inserted clause; a clause moved from the top to the end; a deleted table row.
    /// </summary>
    public static byte[] Revised()
    {
        var id = 0;
        T Stamp<T>(T change) where T : OpenXmlElement
        {
            change.SetAttribute(new OpenXmlAttribute("w", "id", "http://schemas.openxmlformats.org/wordprocessingml/2006/main", (++id).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            change.SetAttribute(new OpenXmlAttribute("w", "author", "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "Reviewer"));
            return change;
        }

        Run Deleted(string text) => new(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve });
        var deletedMark = new Paragraph(new ParagraphProperties(new ParagraphMarkRunProperties(Stamp(new Deleted()))), Text("1.2 Staff should "));
        return new WordDocumentBuilder()
            .Heading("1 Security")
            .Add(Paragraph(null, Stamp(new MoveFromRun(Deleted("1.1 Passwords are never shared.")))))
            .Add(Paragraph(null, Text("1.1 Staff must "), Stamp(new DeletedRun(Deleted("never"))), Stamp(new InsertedRun(Text("always"))), Text(" lock their screens.")))
            .Add(deletedMark, Paragraph(null, Text("report lost devices at once.")))
            .Add(Paragraph(null, Stamp(new InsertedRun(Text("1.3 A new clause inserted in review.")))))
            .Add(Paragraph(null, Stamp(new MoveToRun(Text("1.4 Passwords are never shared.")))))
            .Build();
    }
}
