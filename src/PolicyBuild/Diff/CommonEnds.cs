namespace PolicyBuild.Diff;

/// <summary>
/// How many items two sequences share at their start, and then at their end (never counting an item
/// twice): what any diff keeps equal, found without one.
/// </summary>
internal static class CommonEnds
{
    public static (int Prefix, int Suffix) Of<T>(IReadOnlyList<T> old, IReadOnlyList<T> @new, Func<T, T, bool> same)
    {
        var prefix = 0;
        while (prefix < old.Count && prefix < @new.Count && same(old[prefix], @new[prefix]))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < old.Count - prefix && suffix < @new.Count - prefix && same(old[old.Count - 1 - suffix], @new[@new.Count - 1 - suffix]))
        {
            suffix++;
        }

        return (prefix, suffix);
    }
}
