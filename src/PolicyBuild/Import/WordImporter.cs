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
    /// <summary>Throws when the target cannot be written: a file, or a non-empty folder without <c>--force</c>.</summary>
    public static void CheckTarget(string target, bool force) => TargetFolder.CheckWritable(target, force);

    public ImportResult Import(ImportOptions options)
    {
        TargetFolder.CheckWritable(options.Target, options.Force);
        var notes = new ImportNotes();
        using var document = WordPackage.Open(options.Document);
        PrepareRevisions(document, options);
        var source = WordSource.Read(document);
        var structure = new StructureBuilder(notes).Build(source.Blocks);
        if (structure.Sections.IsEmpty)
        {
            throw new PolicyBuildException(new SourceLocation(options.Document), source.Blocks.All(b => b is WordParagraph { IsEmpty: true })
                ? "the document is empty: nothing to import"
                : "no sections found: style each section title as Heading 1 (or write it in bold as '5 Personal use'), then import again");
        }

        var metadata = MetadataFinder.Find(source, structure, options, notes);
        var plan = FragmentPlanner.Plan(structure, notes);
        var files = new FragmentRenderer(source, ReferenceTargets.For(plan), notes).Render(plan, PolicyYamlWriter.Write(metadata, notes));
        TargetFolder.Write(options.Target, files, folder => Check(folder, options.Target));
        return new ImportResult(options.Target, [.. files.Keys], plan.Length, plan.Sum(s => s.Clauses.Length), notes.ToImmutable());
    }

    /// <summary>The result must load like any policy; if it does not, that is a bug of the import, and nothing is written.</summary>
    private void Check(string folder, string target)
    {
        try
        {
            new PolicyLoader(new CrossReferenceValidator(pipeline)).Load(new DirectoryPolicyTree(folder, target));
        }
        catch (PolicyBuildException ex)
        {
            throw new PolicyBuildException([Diagnostic.Error(new SourceLocation(target), "the imported fragments do not load (please report this as a bug); nothing was written"), .. ex.Diagnostics]);
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
