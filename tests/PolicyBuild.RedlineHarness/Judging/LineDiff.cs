namespace PolicyBuild.RedlineHarness.Judging;

/// <summary>Describes where two paragraph lists first differ, with a little context, for a failure message.</summary>
public static class LineDiff
{
    public static string? Describe(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var first = 0;
        while (first < expected.Count && first < actual.Count && expected[first] == actual[first])
        {
            first++;
        }

        if (first == expected.Count && first == actual.Count)
        {
            return null;
        }

        static string Show(IReadOnlyList<string> lines, int from) =>
            string.Join(" / ", lines.Skip(Math.Max(0, from - 1)).Take(4).Select(l => $"«{l}»"));
        return $"paragraph {first + 1} of {expected.Count} expected, {actual.Count} read: expected {Show(expected, first)}; read {Show(actual, first)}";
    }
}
