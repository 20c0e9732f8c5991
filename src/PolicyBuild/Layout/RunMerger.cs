using System.Collections.Immutable;

namespace PolicyBuild.Layout;

/// <summary>Joins neighbouring text runs that look the same (Markdig splits literals at every special character).</summary>
public static class RunMerger
{
    public static ImmutableArray<LayoutRun> Merge(IEnumerable<LayoutRun> runs)
    {
        var merged = ImmutableArray.CreateBuilder<LayoutRun>();
        foreach (var run in runs)
        {
            if (run.Text.Length == 0 && run.Kind == RunKind.Text)
            {
                continue;
            }

            if (merged.Count > 0 && CanJoin(merged[^1], run))
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            }
            else
            {
                merged.Add(run);
            }
        }

        // "Text {.class}" leaves the space before the attributes: a paragraph never ends in spaces, however
        // many runs of other looks they are spread over.
        while (merged.Count > 0 && merged[^1].Kind == RunKind.Text && merged[^1].Text.TrimEnd() is var trimmed && trimmed != merged[^1].Text)
        {
            if (trimmed.Length == 0)
            {
                merged.RemoveAt(merged.Count - 1);
            }
            else
            {
                merged[^1] = merged[^1] with { Text = trimmed };
            }
        }

        return merged.ToImmutable();
    }

    private static bool CanJoin(LayoutRun a, LayoutRun b) =>
        a.Kind == RunKind.Text && b.Kind == RunKind.Text && a.Format == b.Format && a.Link == b.Link && a.Revision == b.Revision;
}
