using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Tests.TestSupport;
using static PolicyBuild.Tests.Import.WordDocumentBuilder;

namespace PolicyBuild.Tests.Import;

/// <summary>
/// Fields as Word writes them: a TOC field over the contents (skipped), a cross-reference that
/// links only the number to a clause's _Ref bookmark (REF field), and a HYPERLINK field.
/// </summary>
public class WordFieldsTests
{
    [Fact]
    public void Contents_are_skipped_and_word_cross_references_become_links()
    {
        using var temp = new TempDirectory();

        var (result, folder) = ImportHarness.Import(temp, WithFields(), "fields");

        var policy = TestToolchain.Load(folder);
        Assert.Equal(["Scope", "Rules"], policy.Sections.Select(s => s.Title));
        Assert.Equal("Follow the rule in [](#staff-must-wear-badges) and the [guidance](https://example.org/badges).",
            policy.Clauses.Last().Body);
        Assert.DoesNotContain(result.Notes, n => n.Message.Contains("Contents", StringComparison.Ordinal) || n.Message.Contains("Scope", StringComparison.Ordinal));
    }

    private static byte[] WithFields()
    {
        static Run Field(FieldCharValues kind) => new(new FieldChar { FieldCharType = kind });
        static Run Code(string code) => new(new FieldCode(code) { Space = SpaceProcessingModeValues.Preserve });
        return new WordDocumentBuilder()
            .Add(Paragraph("Title", Text("Badge Policy")))
            .Add(Paragraph(null, Text("Contents", bold: true)))
            .Add(Paragraph("TOC1", Field(FieldCharValues.Begin), Code(" TOC \\o \"1-1\" \\h "), Field(FieldCharValues.Separate),
                new Hyperlink(Text("1 Scope\t1")) { Anchor = "_Toc1" }))
            .Add(Paragraph("TOC1", new Hyperlink(Text("2 Rules\t1")) { Anchor = "_Toc2" }, Field(FieldCharValues.End)))
            .Add(Paragraph("Heading1", new BookmarkStart { Id = "1", Name = "_Toc1" }, Text("1 Scope"), new BookmarkEnd { Id = "1" }))
            .Para("1.1 This policy covers everyone on site.")
            .Add(Paragraph("Heading1", new BookmarkStart { Id = "2", Name = "_Toc2" }, Text("2 Rules"), new BookmarkEnd { Id = "2" }))
            .Add(Paragraph(null, new BookmarkStart { Id = "3", Name = "_Ref12345" }, Text("2.1 Staff must wear badges."), new BookmarkEnd { Id = "3" }))
            .Add(Paragraph(null, Text("2.2 Follow the rule in paragraph "),
                Field(FieldCharValues.Begin), Code(" REF _Ref12345 \\r \\h "), Field(FieldCharValues.Separate), Text("2.1"), Field(FieldCharValues.End),
                Text(" and the "),
                Field(FieldCharValues.Begin), Code(" HYPERLINK \"https://example.org/badges\" "), Field(FieldCharValues.Separate), Text("guidance"), Field(FieldCharValues.End),
                Text(".")))
            .Build();
    }
}
