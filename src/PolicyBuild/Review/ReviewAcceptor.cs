using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using PolicyBuild.Authoring;
using PolicyBuild.Import;
using PolicyBuild.Import.Word;
using PolicyBuild.Import.Structure;
using PolicyBuild.Import.Writing;
using PolicyBuild.Import.Notes;
using PolicyBuild.Rendering.Docx;

namespace PolicyBuild.Review;

/// <summary>
/// Writes a review's accepted text into the fragments. The reviewed document with every change
/// accepted and the document the policy builds today are read back the same way (as an import
/// would, each unit known by its bookmark); a clause whose Markdown differs was touched, and only
/// those files change: a changed body under the same front matter, a clause deleted in review
/// removed, a paragraph in our Clause style that no bookmark names a new clause file.
/// </summary>
internal sealed class ReviewAcceptor(MarkdownPipeline pipeline)
{
    public IntoChanges Accept(PolicyFolder folder, WordprocessingDocument reviewed, byte[] current)
    {
        var (after, afterPlan) = Read(folder, reviewed, accept: true);
        using var built = InMemoryPackage.Open(current);
        var (before, _) = Read(folder, built, accept: false);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, content) in after)
        {
            if (before.TryGetValue(key, out var was) && was.Content == content.Content)
            {
                continue;
            }

            files[content.Path] = !key.Section && was.Content is not null && folder.Clauses.FirstOrDefault(c => c.Clause.Id == key.Id) is { } existing
                ? KeepFrontMatter(File.ReadAllText(folder.FullPath(existing.Path)), content.Content)
                : content.Content;
        }

        var writer = new IntoWriter(pipeline);
        writer.Check(folder.Root, afterPlan, files);
        return writer.Apply(folder.Root, afterPlan, files);
    }

    /// <returns>Each unit's rendered file by id, and the plan that places the units in the folder.</returns>
    private static (Dictionary<(string Id, bool Section), (string Path, string Content)> Files, IntoPlan Plan) Read(PolicyFolder folder, WordprocessingDocument document, bool accept)
    {
        if (accept)
        {
            var main = document.MainDocumentPart!;
            DropBookmarksOfDeletedParagraphs(main.Document!.Body!);
            foreach (var root in new OpenXmlElement?[] { main.Document!.Body, main.FootnotesPart?.Footnotes, main.EndnotesPart?.Endnotes }.OfType<OpenXmlElement>())
            {
                TrackedChanges.Accept(root);
            }
        }

        var notes = new ImportNotes();
        var source = WordSource.Read(document);
        var sectionMarks = folder.Sections.Select(s => PolicyBuild.Rendering.Docx.BookmarkNames.For(s.Section.Id)).ToHashSet(StringComparer.Ordinal);
        var first = source.Blocks.IndexOf(source.Blocks.FirstOrDefault(b => b is WordParagraph p && p.Bookmarks.Any(sectionMarks.Contains))!);
        // Only the policy is read back: the title block, contents and a pack's report come before its first section.
        var blocks = first < 0 ? [] : SectionsByBookmark(source.Blocks[first..], sectionMarks);
        var structure = new StructureBuilder(notes).Build(blocks);
        var plan = IntoPlanner.Plan(structure, folder, bookmarksOnly: true);
        var rendered = new FragmentRenderer(source, ReferenceTargets.For(plan.Sections), notes).Render(plan.Sections, string.Empty);
        var files = new Dictionary<(string, bool), (string, string)>();
        foreach (var section in plan.Sections)
        {
            var sectionPath = $"{section.Folder}/{PolicyLoader.SectionFile}";
            files[(section.Id, true)] = (sectionPath, rendered[sectionPath]);
            foreach (var clause in section.Clauses)
            {
                var path = $"{section.Folder}/{clause.File}";
                files[(clause.Id, false)] = (path, rendered[path]);
            }
        }

        return (files, plan);
    }

    /// <summary>
    /// A section heading is known by its bookmark, whatever its style: LibreOffice gives the heading
    /// the style of a paragraph deleted just before it (the last clause of the previous section).
    /// </summary>
    private static ImmutableArray<WordBlock> SectionsByBookmark(ImmutableArray<WordBlock> blocks, HashSet<string> sectionMarks) =>
        [.. blocks.Select(b => b is WordParagraph p && p.Bookmarks.Any(sectionMarks.Contains) ? p with { Role = ParagraphRole.Heading1, HeadingLevel = 1 } : b)];

    /// <summary>
    /// A paragraph deleted (or moved away) whole, its text and its mark, takes its clause's bookmark with it: accepting
    /// would join what is left of it, the bookmark, to the next clause and give that clause its id.
    /// </summary>
    private static void DropBookmarksOfDeletedParagraphs(Body body)
    {
        foreach (var paragraph in body.Descendants<Paragraph>().ToList())
        {
            var mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
            var markDeleted = mark?.GetFirstChild<Deleted>() is not null || mark?.GetFirstChild<MoveFrom>() is not null;
            var textLeft = paragraph.Descendants<Text>().Any(t => !t.Ancestors<DeletedRun>().Any() && !t.Ancestors<MoveFromRun>().Any());
            if (markDeleted && !textLeft)
            {
                paragraph.Descendants<BookmarkStart>().ToList().ForEach(b => b.Remove());
            }
        }
    }

    /// <summary>The author's own front matter (id, title as written) over the reviewed body, unless the review changed the title.</summary>
    private static string KeepFrontMatter(string existing, string rendered)
    {
        var old = FrontMatter.Split(existing);
        var now = FrontMatter.Split(rendered);
        var sameTitle = TitleOf(old.Yaml) == TitleOf(now.Yaml);
        return old.Yaml is null || !sameTitle ? rendered : existing[..(existing.Length - old.Body.Length)] + now.Body.TrimStart('\n');
    }

    private static string? TitleOf(string? yaml) =>
        yaml?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("title:", StringComparison.Ordinal))?[6..].Trim().Trim('"');
}
