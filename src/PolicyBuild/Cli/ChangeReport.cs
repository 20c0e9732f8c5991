using PolicyBuild.Diff;

namespace PolicyBuild.Cli;

/// <summary>The short change summary printed after a build with a baseline.</summary>
public static class ChangeReport
{
    public static void Print(ChangeSet changes, Reporter reporter)
    {
        var counts = string.Join(", ", Enum.GetValues<ChangeKind>()
            .Where(k => changes.Count(k) > 0)
            .Select(k => $"{changes.Count(k)} {k.ToString().ToLowerInvariant()}"));
        reporter.Line($"changes since version {changes.BaselineVersion}: {(counts.Length == 0 ? "none" : counts)}");
        foreach (var line in changes.Summary)
        {
            reporter.Line($"  - {line.Text}");
        }
    }
}
