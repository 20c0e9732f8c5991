namespace PolicyBuild.Rendering.Html;

/// <summary>Splits a sequence into runs of neighbours with the same key (links, numbers, revisions).</summary>
internal static class ConsecutiveGroups
{
    public static IEnumerable<List<T>> By<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
    {
        List<T>? current = null;
        foreach (var item in items)
        {
            if (current is not null && EqualityComparer<TKey>.Default.Equals(key(current[0]), key(item)))
            {
                current.Add(item);
                continue;
            }

            if (current is not null)
            {
                yield return current;
            }

            current = [item];
        }

        if (current is not null)
        {
            yield return current;
        }
    }
}
