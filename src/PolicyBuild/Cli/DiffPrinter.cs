using PolicyBuild.Diff;
using PolicyBuild.Model;
using PolicyBuild.Publishing;

namespace PolicyBuild.Cli;

/// <summary>
/// The change summary for a terminal: counts, then each section that changed (number and title, and
/// what happened to it) with its changed clauses, kind and numbers, then the policy details.
/// </summary>
public sealed class DiffPrinter(AnsiStyle style)
{
    public IEnumerable<string> Lines(PolicyComparison comparison)
    {
        var changes = comparison.Changes;
        var counts = string.Join(", ", Enum.GetValues<ChangeKind>().Where(k => changes.Count(k) > 0).Select(k => $"{changes.Count(k)} {Kind(k)}"));
        yield return style.Bold($"{changes.Policy}: version {changes.BaselineVersion} → {changes.DraftVersion}: {(counts.Length == 0 ? "no clause changes" : counts)}");
        foreach (var group in Groups(comparison))
        {
            yield return string.Empty;
            var sectionChange = group.Change is { } c ? " " + Paint(c.Kind, $"({Describe(c)})") : string.Empty;
            yield return style.Bold($"{group.Section.Number} {group.Section.Title}") + sectionChange;
            foreach (var clause in group.Clauses)
            {
                yield return $"  {Paint(clause.Kind, Kind(clause.Kind).PadRight(10))}  {Numbers(clause.OldNumber, clause.NewNumber, clause.Kind).PadRight(13)}  {style.Dim(clause.Excerpt)}";
            }
        }

        if (changes.Metadata.Length > 0)
        {
            yield return string.Empty;
            yield return style.Bold("Policy details");
            foreach (var field in changes.Metadata)
            {
                yield return $"  {field.Field}: {style.Red(field.Old)} → {style.Green(field.New)}";
            }
        }
    }

    /// <summary>Draft sections in order, then removed ones; each with its clause changes, matched by id through either version's title.</summary>
    private static IEnumerable<(Section Section, SectionChange? Change, List<ClauseChange> Clauses)> Groups(PolicyComparison comparison)
    {
        var draftIds = comparison.Draft.Sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var sections = comparison.Draft.Sections.Concat(comparison.Baseline.Sections.Where(s => !draftIds.Contains(s.Id))).ToList();
        var idByTitle = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in comparison.Baseline.Sections.Concat(comparison.Draft.Sections))
        {
            idByTitle[section.Title] = section.Id; // the draft's title wins
        }

        foreach (var section in sections)
        {
            var clauses = comparison.Changes.Clauses.Where(c => idByTitle.GetValueOrDefault(c.Section) == section.Id).ToList();
            var change = comparison.Changes.Sections.FirstOrDefault(s => s.Id == section.Id);
            if (clauses.Count > 0 || change is not null)
            {
                yield return (section, change, clauses);
            }
        }
    }

    private static string Kind(ChangeKind kind) => kind.ToString().ToLowerInvariant();

    private static string Numbers(string? oldNumber, string? newNumber, ChangeKind kind) => kind switch
    {
        ChangeKind.Added => newNumber!,
        ChangeKind.Removed => oldNumber!,
        _ when oldNumber != newNumber => $"{oldNumber} → {newNumber}",
        _ => newNumber ?? oldNumber ?? string.Empty,
    };

    private static string Describe(SectionChange change) => change.Kind switch
    {
        ChangeKind.Retitled => $"retitled from “{change.OldTitle}”",
        ChangeKind.Removed or ChangeKind.Added => $"section {Kind(change.Kind)}",
        _ => $"section {Kind(change.Kind)} {Numbers(change.OldNumber, change.NewNumber, change.Kind)}",
    };

    private string Paint(ChangeKind kind, string text) => kind switch
    {
        ChangeKind.Added => style.Green(text),
        ChangeKind.Removed => style.Red(text),
        ChangeKind.Amended => style.Yellow(text),
        _ => style.Cyan(text),
    };
}
