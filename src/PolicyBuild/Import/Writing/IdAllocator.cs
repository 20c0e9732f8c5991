namespace PolicyBuild.Import.Writing;

/// <summary>Hands out ids that are unique within the policy (sections and clauses share one space).</summary>
internal sealed class IdAllocator
{
    // Enough words to tell most clauses apart, few enough to stay readable as a file name.
    private const int ClauseWords = 6;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string ForSection(string title, string fallback) => Unique(Slug.Of(title), fallback);

    /// <summary>From the clause's title, else its first words.</summary>
    public string ForClause(string? title, string text, string fallback) =>
        Unique(title is not null ? Slug.Of(title) : Slug.Of(text, ClauseWords), fallback);

    private string Unique(string id, string fallback)
    {
        if (id.Length == 0)
        {
            id = fallback;
        }

        var candidate = id;
        for (var n = 2; !_used.Add(candidate); n++)
        {
            var suffix = $"-{n}";
            candidate = id[..Math.Min(id.Length, Slug.MaxLength - suffix.Length)].TrimEnd('-') + suffix;
        }

        return candidate;
    }
}
