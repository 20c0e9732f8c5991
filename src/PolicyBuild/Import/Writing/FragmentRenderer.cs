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
            files[sectionPath] = IdLine(section.Id, section.Folder, null) + $"# {MarkdownEscaper.Text(section.Source.Title)}\n" + (intro.Length > 0 ? $"\n{intro}\n" : string.Empty);
            foreach (var clause in section.Clauses)
            {
                var path = $"{section.Folder}/{clause.File}";
                var body = Markdown(clause.Source.Body, path);
                var title = clause.Source.Title is { } text ? $"title: {PolicyYamlWriter.Quote(MarkdownEscaper.Text(text))}\n" : null;
                files[path] = IdLine(clause.Id, clause.File[..^3], title) + body + "\n";
            }
        }

        return files.ToImmutable();
    }

    /// <summary>Front matter: <c>id:</c> when the id is not the file's slug (a clause kept from an existing policy), and the title.</summary>
    private static string IdLine(string id, string name, string? title)
    {
        var slug = FragmentName.TryParse(name, out var parsed) ? parsed.Slug : name;
        var idLine = id != slug ? $"id: {id}\n" : string.Empty;
        return idLine.Length + (title?.Length ?? 0) == 0 ? string.Empty : $"---\n{idLine}{title}---\n";
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
