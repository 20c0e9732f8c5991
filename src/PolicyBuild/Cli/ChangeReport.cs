using PolicyBuild.Diff;

namespace PolicyBuild.Cli;

/// <summary>The short change summary printed after a build with a baseline.</summary>
public static class ChangeReport
{
    public static void Print(ChangeSet changes, Reporter reporter)
    {
        // Clauses first; then the section changes no clause count shows (a moved, retitled or amended section).
        var sectionKinds = new[] { ChangeKind.Moved, ChangeKind.Retitled, ChangeKind.Amended };
        var counts = string.Join(", ", Enum.GetValues<ChangeKind>()
            .Where(k => changes.Count(k) > 0)
            .Select(k => $"{changes.Count(k)} {k.ToString().ToLowerInvariant()}")
            .Concat(sectionKinds
                .Select(k => (Kind: k, Count: changes.Sections.Count(s => s.Kind == k)))
                .Where(k => k.Count > 0)
                .Select(k => $"{k.Count} section{(k.Count == 1 ? "" : "s")} {k.Kind.ToString().ToLowerInvariant()}")));
        reporter.Line($"changes since version {changes.BaselineVersion}: {(counts.Length == 0 ? "none" : counts)}");
        foreach (var line in changes.Summary)
        {
            reporter.Line($"  - {line.Text}");
        }
    }
}
