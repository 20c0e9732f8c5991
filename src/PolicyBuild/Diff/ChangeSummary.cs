using System.Collections.Immutable;

namespace PolicyBuild.Diff;

/// <summary>Writes the grouped summary a committee report states: additions, amendments, moves, removals, then structure and metadata.</summary>
internal static class ChangeSummary
{
    public static ImmutableArray<SummaryLine> Write(IReadOnlyList<ClauseChange> clauses, IReadOnlyList<SectionChange> sections, IReadOnlyList<MetadataChange> metadata)
    {
        var lines = ImmutableArray.CreateBuilder<SummaryLine>();
        var removedSections = sections.Where(s => s.Kind == ChangeKind.Removed).Select(s => s.OldNumber).ToHashSet();

        Add(lines, "added", "Addition of", clauses.Where(c => c.Kind == ChangeKind.Added).Select(c => c.NewNumber!));
        Add(lines, "amended", "Amendment of", clauses.Where(c => c.Kind == ChangeKind.Amended).Select(c => c.NewNumber!));
        foreach (var move in clauses.Where(c => c.Kind == ChangeKind.Moved))
        {
            var edited = move.WordsInserted + move.WordsDeleted > 0 ? " (amended)" : string.Empty;
            // Neighbours reordered can leave a moved clause its number: say where it went, not "3.3 to 3.3".
            var destination = move.OldNumber == move.NewNumber ? $" to a new place in section {SectionOf(move.NewNumber!)}" : $" to {move.NewNumber}";
            lines.Add(new SummaryLine("moved", $"Move of {move.OldNumber}{destination}{edited}", [move.NewNumber!]));
        }

        // Clauses of a removed section are covered by "Removal of section N".
        Add(lines, "removed", "Removal of", clauses
            .Where(c => c.Kind == ChangeKind.Removed && !removedSections.Contains(c.OldNumber![..c.OldNumber!.IndexOf('.')]))
            .Select(c => c.OldNumber!));
        foreach (var section in sections)
        {
            var text = section.Kind switch
            {
                ChangeKind.Added => $"Addition of section {section.NewNumber} ({section.NewTitle})",
                ChangeKind.Removed => $"Removal of section {section.OldNumber} ({section.OldTitle})",
                ChangeKind.Retitled => $"Retitling of section {section.NewNumber} from \u201c{section.OldTitle}\u201d to \u201c{section.NewTitle}\u201d",
                ChangeKind.Moved => $"Move of section {section.OldNumber} ({section.NewTitle}) to section {section.NewNumber}",
                ChangeKind.Amended => $"Amendment of the introduction to section {section.NewNumber} ({section.NewTitle})",
                _ => null,
            };
            if (text is not null)
            {
                lines.Add(new SummaryLine($"section-{section.Kind.ToString().ToLowerInvariant()}", text, [section.NewNumber ?? section.OldNumber!]));
            }
        }

        var renumbered = clauses.Where(c => c.Kind == ChangeKind.Renumbered).ToList();
        if (renumbered.Count > 0)
        {
            lines.Add(new SummaryLine("renumbered", $"Renumbering of {renumbered.Count} clause{(renumbered.Count == 1 ? "" : "s")} that follow the changes",
                [.. renumbered.Select(c => c.NewNumber!)]));
        }

        foreach (var change in metadata)
        {
            lines.Add(new SummaryLine("metadata", $"Change of {change.Field} from \u201c{change.Old}\u201d to \u201c{change.New}\u201d", []));
        }

        return lines.ToImmutable();
    }

    private static string SectionOf(string number) => number[..number.IndexOf('.')];

    private static void Add(ImmutableArray<SummaryLine>.Builder lines, string kind, string verb, IEnumerable<string> numbers)
    {
        var list = numbers.ToList();
        if (list.Count > 0)
        {
            lines.Add(new SummaryLine(kind, $"{verb} {NumberList.Join(list)}", [.. list]));
        }
    }
}
