using System.Collections.Immutable;
using PolicyBuild.Authoring;
using PolicyBuild.Import.Metadata;
using PolicyBuild.Import.Notes;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Import.Writing;

/// <summary>
/// Writes the fragment files of the plan: <c>NN-slug/_section.md</c> with "# Title" and the intro,
/// and <c>NN-slug.md</c> per clause (title as front matter, footnotes defined in the same file).
/// </summary>
internal sealed class FragmentRenderer(WordSource source, ReferenceTargets targets, ImportNotes notes)
{
    /// <returns>File contents by path relative to the policy folder, with '/'.</returns>
    public ImmutableSortedDictionary<string, string> Render(ImmutableArray<PlannedSection> plan, string policyYaml)
    {
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        files[MetadataReader.FileName] = policyYaml;
        foreach (var section in plan)
        {
            var sectionPath = $"{section.Folder}/{PolicyLoader.SectionFile}";
            var intro = Markdown(section.Source.Intro, sectionPath);
            files[sectionPath] = $"# {MarkdownEscaper.Text(section.Source.Title)}\n" + (intro.Length > 0 ? $"\n{intro}\n" : string.Empty);
            foreach (var clause in section.Clauses)
            {
                var path = $"{section.Folder}/{clause.File}";
                var body = Markdown(clause.Source.Body, path);
                var front = clause.Source.Title is { } title
                    ? $"---\ntitle: {PolicyYamlWriter.Quote(MarkdownEscaper.Text(title))}\n---\n"
                    : string.Empty;
                files[path] = front + body + "\n";
            }
        }

        return files.ToImmutable();
    }

    private string Markdown(ImmutableArray<WordBlock> blocks, string file)
    {
        var footnotes = new FootnoteDefinitions();
        var inline = new InlineMarkdown(new InlineContext(source.Notes, targets, footnotes, notes, file));
        var body = new BlockMarkdown(inline, notes, file).Write(blocks);
        var definitions = footnotes.Write();
        return definitions.Length > 0 ? $"{body}\n\n{definitions}" : body;
    }
}
