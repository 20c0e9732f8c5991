namespace PolicyBuild.Diff;

/// <summary>Writes lists the way a report does: "5.14", "5.14 and 6.13", "5.14, 6.10 and 6.13".</summary>
public static class NumberList
{
    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
    };
}
