using PolicyBuild.Diff;

namespace PolicyBuild.Reports;

/// <summary>
/// The authors' change notes as a report explains them: clauses that share a note are one entry
/// ("Addition of 5.14 and 6.13: …"), in the order the clauses come in the change model.
/// </summary>
public static class ChangeNotes
{
    public sealed record Entry(string Lead, string Numbers, string Text);

    public static IReadOnlyList<Entry> Group(IEnumerable<ClauseChange> clauses) =>
        clauses.Where(c => c.Note is not null)
            .GroupBy(c => c.Note!, StringComparer.Ordinal)
            .Select(g =>
            {
                var numbers = NumberList.Join(g.Select(c => c.NewNumber ?? c.OldNumber ?? c.Id).Distinct().ToList());
                var kinds = g.Select(c => c.Kind).Distinct().ToList();
                var lead = kinds.Count == 1 ? $"{KindWord(kinds[0])} {numbers}" : $"Changes to {numbers}";
                return new Entry(lead, numbers, g.Key);
            })
            .ToList();

    private static string KindWord(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "Addition of",
        ChangeKind.Amended => "Amendment of",
        ChangeKind.Moved => "Move of",
        ChangeKind.Removed => "Removal of",
        _ => "Change to",
    };
}
