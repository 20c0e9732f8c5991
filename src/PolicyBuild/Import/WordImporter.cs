using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Markdig;
using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Import.Metadata;
using PolicyBuild.Import.Notes;
using PolicyBuild.Import.Structure;
using PolicyBuild.Import.Word;
using PolicyBuild.Import.Writing;
using PolicyBuild.Markdown;
using PolicyBuild.Markdown.CrossReferences;

namespace PolicyBuild.Import;

/// <summary>
/// Imports an existing Word policy into fragments: reads the document (refusing tracked changes
/// unless asked to accept them), finds the title block, sections and clauses, writes policy.yml,
/// section folders and clause files, loads the result with the strict loader, and only then
/// moves it into place. Returns what could not be mapped.
/// </summary>
public sealed class WordImporter(MarkdownPipeline pipeline)
{
    /// <summary>
    /// Throws when the target cannot be written: a file, a non-empty folder without <c>--force</c>, a folder
    /// that is not an imported policy (a repository, other files) even with it, or one holding the document.
    /// </summary>
    public static void CheckTarget(string document, string target, bool force)
    {
        TargetFolder.CheckInputOutside(document, target);
        TargetFolder.CheckWritable(target, force);
    }

    public ImportResult Import(ImportOptions options)
    {
        if (options.Into)
        {
            return new IntoImporter(pipeline).Import(options);
        }

        CheckTarget(options.Document, options.Target, options.Force);
        var notes = new ImportNotes();
        var (source, structure) = Read(options, notes);
        var metadata = MetadataFinder.Find(source, structure, options, notes);
        var plan = FragmentPlanner.Plan(structure, notes);
        var files = new FragmentRenderer(source, ReferenceTargets.For(plan), notes).Render(plan, PolicyYamlWriter.Write(metadata, notes));
        TargetFolder.Write(options.Target, files, folder => Check(folder, options.Target));
        return new ImportResult(options.Target, [.. files.Keys], plan.Length, plan.Sum(s => s.Clauses.Length), notes.ToImmutable());
    }

    /// <summary>Reads the document into sections and clauses; throws when it holds no policy.</summary>
    internal static (WordSource Source, ImportedDocument Structure) Read(ImportOptions options, ImportNotes notes)
    {
        using var document = WordPackage.Open(options.Document);
        var source = ReadSource(document, options);
        var structure = new StructureBuilder(notes).Build(SectionLevel.Normalise(source.Blocks));
        if (structure.Sections.IsEmpty)
        {
            throw new PolicyBuildException(new SourceLocation(options.Document), source.Blocks.All(b => b is WordParagraph { IsEmpty: true })
                ? "the document is empty: nothing to import"
                : "no sections found: style each section title as Heading 1 (or write it in bold as '5 Personal use'), then import again");
        }

        if (structure.ClauseCount == 0)
        {
            throw new PolicyBuildException(new SourceLocation(options.Document),
                $"no numbered clauses found ({structure.Sections.Length} sections, 0 clauses): this does not look like a policy (a committee report?); " +
                "number each clause as '5.12 …' (typed or with Word numbering '%1.%2'), then import again");
        }

        return (source, structure);
    }

    /// <summary>The result must load like any policy; if it does not, that is a bug of the import, and nothing is written.</summary>
    private void Check(string folder, string target)
    {
        try
        {
            new PolicyLoader(new PolicyTextChecks(pipeline)).Load(new DirectoryPolicyTree(folder, target));
        }
        catch (PolicyBuildException ex)
        {
            throw new PolicyBuildException([Diagnostic.Error(new SourceLocation(target), "the imported fragments do not load (please report this as a bug); nothing was written"), .. ex.Diagnostics]);
        }
    }

    /// <summary>
    /// The document's text, read leniently; should a part still defeat the SDK (a malformed styles
    /// part…), the user gets an error naming the document, not a stack trace.
    /// </summary>
    private static WordSource ReadSource(WordprocessingDocument document, ImportOptions options)
    {
        try
        {
            PrepareRevisions(document, options);
            return WordSource.Read(document);
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or OpenXmlPackageException or InvalidOperationException or InvalidDataException
                                       or FormatException or ArgumentException or NotSupportedException or InvalidCastException)
        {
            throw new PolicyBuildException(new SourceLocation(options.Document), $"not a readable Word document (.docx): {ex.Message}");
        }
    }

    private static void PrepareRevisions(WordprocessingDocument document, ImportOptions options)
    {
        var main = document.MainDocumentPart!;
        var roots = new OpenXmlElement?[] { main.Document!.Body, main.FootnotesPart?.Footnotes, main.EndnotesPart?.Endnotes }.OfType<OpenXmlElement>().ToList();
        var counts = roots.Select(TrackedChanges.Count).ToList();
        var (insertions, deletions, moves) = (counts.Sum(c => c.Insertions), counts.Sum(c => c.Deletions), counts.Sum(c => c.Moves));
        if (insertions + deletions + moves == 0)
        {
            return;
        }

        if (!options.AcceptRevisions)
        {
            throw new PolicyBuildException(new SourceLocation(options.Document),
                $"the document has tracked changes ({insertions} insertions, {deletions} deletions, {moves} moves): accept or reject them in Word first, " +
                "or import again with --accept-revisions to take the text as if every change were accepted");
        }

        roots.ForEach(TrackedChanges.Accept);
    }
}
