using System.IO.Compression;
using System.Text;
using PolicyBuild.Tests.Cli;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Import;

/// <summary>
/// <c>policybuild import</c> end to end: what it writes and prints, and that bad input — not a
/// .docx, an old .doc, a password-protected file, an empty document, an existing folder — is a
/// clear error, exit 1, with nothing written.
/// </summary>
public class ImportCommandTests
{
    [Fact]
    public void Import_of_the_built_sample_writes_the_policy_and_says_everything_was_mapped()
    {
        using var temp = new TempDirectory();
        var docx = temp.Combine("social-media.docx");
        File.WriteAllBytes(docx, ImportHarness.BuildDocx(RepositoryPaths.SamplePolicy));
        var folder = temp.Combine("policy-src", "social-media");

        var run = CliRun.Of("import", docx, "--to", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"wrote {folder}/policy.yml (", run.Output);
        // Our own c_<id> bookmarks give back the sample's ids, so its folder and file names too.
        Assert.Contains($"wrote {folder}/50-personal-use/_section.md (", run.Output);
        Assert.Contains($"wrote {folder}/50-personal-use/120-business-contacts.md (", run.Output);
        Assert.Contains($"imported {docx} into {folder}: 7 sections, 67 clauses; everything was mapped", run.Output);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(75, Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(temp.Combine("policy-src")), e => Path.GetFileName(e).StartsWith('.'));
    }

    [Fact]
    public void What_could_not_be_mapped_is_printed_as_warnings_at_the_file_to_fix()
    {
        using var temp = new TempDirectory();
        var docx = temp.Combine("home-working.docx");
        File.WriteAllBytes(docx, ForeignDocumentTests.HomeWorkingPolicy());
        var folder = temp.Combine("home-working");

        var run = CliRun.Of("import", docx, "--to", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"{folder}/policy.yml:7:1: warning: 'status' not found in the document — fill it in (written as 'adopted': assumed adopted)", run.Error);
        Assert.Contains($"{folder}/20-working-at-home/30-staff-must-follow-the-rules-in.md:1:1: warning: 'paragraph 9.9' does not match", run.Error);
        Assert.Contains($"{docx}:1:1: warning: before the first section: 'Anytown Borough Council' was not imported", run.Error);
        Assert.Contains("3 sections, 7 clauses; 5 warnings: check those places", run.Output);
    }

    public static TheoryData<string, byte[], string> BadDocuments => new()
    {
        { "text.docx", Encoding.UTF8.GetBytes("This is not a Word document."), "not a Word document: a .docx file is a zip package, and this file is not one" },
        { "other.zip.docx", Zip("notes.txt"), "not a Word document: the zip package has no word/document.xml" },
        { "truncated.docx", [.. Zip("word/document.xml").Take(40)], "not a readable Word document (.docx): " },
        { "old.doc", Compound(encrypted: false), "this is an old binary Word document (.doc), not a .docx: open it in Word or LibreOffice, save it as Word Document (.docx)" },
        { "locked.docx", Compound(encrypted: true), "the document is password-protected (encrypted): open it in Word, remove the password" },
        { "empty.docx", new WordDocumentBuilder().Build(), "the document is empty: nothing to import" },
        { "blank.docx", new WordDocumentBuilder().Para(string.Empty).Para(" ").Build(), "the document is empty: nothing to import" },
        { "no-sections.docx", new WordDocumentBuilder().Para("Just some text.").Para("And more.").Build(), "no sections found: style each section title as Heading 1" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Bad_input_is_a_clear_error_and_writes_nothing(string name, byte[] content, string message)
    {
        using var temp = new TempDirectory();
        var docx = temp.Combine(name);
        File.WriteAllBytes(docx, content);

        var run = CliRun.Of("import", docx, "--to", temp.Combine("policy-src", "imported"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{docx}:1:1: error: {message}", run.Error);
        Assert.Equal([name], temp.Files());
        Assert.Equal([docx], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_missing_document_is_an_error()
    {
        using var temp = new TempDirectory();

        var run = CliRun.Of("import", temp.Combine("missing.docx"), "--to", temp.Combine("out"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("missing.docx:1:1: error: file not found", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void The_target_folder_is_required()
    {
        var run = CliRun.Of("import", "policy.docx");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--to", run.Error);
    }

    private static byte[] Zip(string entry)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("hello");
        }

        return stream.ToArray();
    }

    /// <summary>The start of an OLE compound file; an encrypted package names its "EncryptedPackage" stream (UTF-16) in the directory.</summary>
    private static byte[] Compound(bool encrypted)
    {
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        return [.. header, .. Encoding.Unicode.GetBytes(encrypted ? "EncryptionInfo\0EncryptedPackage" : "WordDocument\0SummaryInformation")];
    }
}
