using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Tests.TestSupport;
using static PolicyBuild.Tests.Import.WordDocumentBuilder;

namespace PolicyBuild.Tests.Import;

/// <summary>
/// A document with no styles at all, numbered with one Word multi-level list: bold level-0
/// paragraphs are the sections ("%1."), level-1 paragraphs the clauses ("%1.%2"); a level-2
/// paragraph ("%1.%2.%3") is a sub-clause, which our format does not have.
/// </summary>
public class UnstyledDocumentTests
{
    [Fact]
    public void Word_numbering_gives_sections_and_clauses_without_any_style()
    {
        using var temp = new TempDirectory();

        var (_, folder) = ImportHarness.Import(temp, DogControlPolicy(), "dog-control");

        var policy = TestToolchain.Load(folder);
        Assert.Equal(["Purpose", "Enforcement"], policy.Sections.Select(s => s.Title));
        Assert.Equal(["1.1", "1.2", "2.1", "2.2"], policy.Clauses.Select(c => c.Number));
        Assert.Equal(["this-policy-sets-out-how-the", "it-follows-the-environmental-protection", "officers-may", "fees-are-set-each-year-as"],
            policy.Clauses.Select(c => c.Id));
        Assert.Equal(("1.4", Model.PolicyStatus.Draft), (policy.Metadata.Version, policy.Metadata.Status));
        Assert.Equal("Officers may:\n\ni. seize a stray dog;\nii. return it to its owner; or\niii. take it to kennels.\n\n1. Kennels are paid for by the owner.\n",
            ImportHarness.Read(folder, "20-enforcement/10-officers-may.md"));
        Assert.Equal("Fees are set each year, as in [](#it-follows-the-environmental-protection).\n",
            ImportHarness.Read(folder, "20-enforcement/20-fees-are-set-each-year-as.md"));
    }

    [Fact]
    public void Sub_clauses_images_and_a_guessed_title_are_reported()
    {
        using var temp = new TempDirectory();

        var (result, _) = ImportHarness.Import(temp, DogControlPolicy(), "dog-control");

        var notes = result.Notes.Select(n => n.ToString()).ToList();
        Assert.Contains("document: clause 2.1: sub-clause 2.1.1 became a numbered list item (our format has no sub-clauses)", notes);
        Assert.Contains("20-enforcement/20-fees-are-set-each-year-as.md: an image or object was not imported: describe it in words or add it by hand", notes);
        Assert.Contains(notes, n => n.StartsWith("policy.yml: 'title' not found in the document — fill it in (written as 'Dog Control Policy': taken from the first line", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("policy.yml: 'owner' not found in the document — fill it in", StringComparison.Ordinal));
        Assert.DoesNotContain(notes, n => n.Contains("'status'", StringComparison.Ordinal) || n.Contains("'version'", StringComparison.Ordinal));
    }

    /// <summary>No styles part; one multi-level list numbers sections and clauses; "Label: value" lines on top.</summary>
    public static byte[] DogControlPolicy() => new WordDocumentBuilder().WithoutStyles()
        .Para("Dog Control Policy", bold: true)
        .Para("Version: 1.4")
        .Para("Status: Draft")
        .Add(Numbered(Clauses, 0, null, Text("Purpose", bold: true)))
        .Add(Numbered(Clauses, 1, null, Text("This policy sets out how the Council deals with stray dogs.")))
        .Add(Numbered(Clauses, 1, null, Text("It follows the Environmental Protection Act 1990.")))
        .Add(Numbered(Clauses, 0, null, Text("Enforcement", bold: true)))
        .Add(Numbered(Clauses, 1, null, Text("Officers may:")))
        .Para("(i) seize a stray dog;").Para("(ii) return it to its owner; or").Para("(iii) take it to kennels.")
        .Add(Numbered(Clauses, 2, null, Text("Kennels are paid for by the owner.")))
        .Add(Numbered(Clauses, 1, null, Text("Fees are set each year, as in clause 1.2."), new Run(new Drawing())))
        .Build();
}
