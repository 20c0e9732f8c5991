using PolicyBuild.Import.Word;
using PolicyBuild.Model;

namespace PolicyBuild.Import.Writing;

/// <summary>Hands out ids that are unique within the policy (sections and clauses share one space).</summary>
internal sealed class IdAllocator
{
    // Enough words to tell most clauses apart, few enough to stay readable as a file name.
    private const int ClauseWords = 6;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>The id of our own <c>c_&lt;id&gt;</c> bookmark, else from the title.</summary>
    public string ForSection(string title, IEnumerable<string> bookmarks, string fallback) =>
        Unique(OwnBookmarks.IdIn(bookmarks) ?? Slug.Of(title), fallback);

    /// <summary>The id of our own <c>c_&lt;id&gt;</c> bookmark, else from the clause's title, else its first words.</summary>
    public string ForClause(string? title, string text, IEnumerable<string> bookmarks, string fallback) =>
        Unique(OwnBookmarks.IdIn(bookmarks) ?? (title is not null ? Slug.Of(title) : Slug.Of(text, ClauseWords)), fallback);

    /// <summary>Takes an id given from elsewhere (a matched clause of the existing policy); false when it is taken.</summary>
    public bool Claim(string id) => _used.Add(id);

    private string Unique(string id, string fallback)
    {
        // A one-character id does not build (see FragmentReader), so "_a_" gets the fallback too.
        if (id.Length < 2)
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
