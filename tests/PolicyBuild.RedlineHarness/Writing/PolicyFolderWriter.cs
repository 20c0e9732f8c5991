using System.Text;
using PolicyBuild.RedlineHarness.Model;

namespace PolicyBuild.RedlineHarness.Writing;

/// <summary>Writes a generated policy in the authoring format: policy.yml, section folders, clause files.</summary>
public static class PolicyFolderWriter
{
    public static string Write(GenPolicy policy, string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "policy.yml"), Metadata(policy));
        var ids = policy.Ids;
        for (var si = 0; si < policy.Sections.Count; si++)
        {
            var section = policy.Sections[si];
            var folder = Path.Combine(directory, $"{(si + 1) * 10}-{section.Id}");
            Directory.CreateDirectory(folder);
            var intro = section.Intro is null ? string.Empty : $"\n{MarkdownText.Paragraph(section.Intro, ids, null)}\n";
            File.WriteAllText(Path.Combine(folder, "_section.md"), $"# {section.Title}\n{intro}");
            for (var ci = 0; ci < section.Clauses.Count; ci++)
            {
                var clause = section.Clauses[ci];
                var slug = clause.IdInFrontMatter ? $"file-{clause.Id}" : clause.Id;
                File.WriteAllText(Path.Combine(folder, $"{(ci + 1) * 10}-{slug}.md"), Clause(clause, ids));
            }
        }

        return directory;
    }

    private static string Clause(GenClause clause, IReadOnlySet<string> ids)
    {
        var text = new StringBuilder();
        if (clause.Title is not null || clause.IdInFrontMatter)
        {
            text.Append("---\n");
            if (clause.IdInFrontMatter)
            {
                text.Append($"id: {clause.Id}\n");
            }

            if (clause.Title is not null)
            {
                text.Append($"title: \"{clause.Title}\"\n");
            }

            text.Append("---\n");
        }

        var notes = new List<GenFootnote>();
        text.Append(string.Join("\n\n", clause.Blocks.Select(b => MarkdownText.Block(b, ids, notes))));
        text.Append('\n');
        foreach (var note in notes)
        {
            text.Append($"\n[^{note.Label}]: {note.Note}\n");
        }

        return text.ToString();
    }

    private static string Metadata(GenPolicy policy) => $"""
        title: Generated Policy
        short-name: generated
        owner:
          service: Corporate Services
          role: Head of Service
        version: "{policy.Version}"
        status: adopted
        adoption:
          committee: Test Committee
          date: 2020-01-15
        review:
          cycle: {policy.Cycle}
          next: 2021-01-15
        language: en-GB

        """;
}
