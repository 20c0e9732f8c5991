using System.Collections.Immutable;

namespace PolicyBuild.Import.Writing;

/// <summary>
/// What internal links and typed references can point to: each section and clause by the
/// bookmarks inside it and by its number in the document.
/// </summary>
internal sealed class ReferenceTargets(ImmutableDictionary<string, string> byBookmark, ImmutableDictionary<string, string> byNumber)
{
    public static ReferenceTargets For(IEnumerable<PlannedSection> sections)
    {
        var bookmarks = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var numbers = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            Add(section.Id, section.Source.Number, section.Source.Bookmarks, bookmarks, numbers);
            foreach (var clause in section.Clauses)
            {
                Add(clause.Id, clause.Source.Number, clause.Source.Bookmarks, bookmarks, numbers);
            }
        }

        return new ReferenceTargets(bookmarks.ToImmutable(), numbers.ToImmutable());
    }

    public string? ByBookmark(string bookmark) => byBookmark.GetValueOrDefault(bookmark);

    /// <summary>The id of the section ("6") or clause ("5.12") that has this number in the document.</summary>
    public string? ByNumber(string number) => byNumber.GetValueOrDefault(number);

    private static void Add(string id, string number, IEnumerable<string> names,
        ImmutableDictionary<string, string>.Builder bookmarks, ImmutableDictionary<string, string>.Builder numbers)
    {
        // The first of two clauses that share a number in the document keeps it.
        numbers.TryAdd(number, id);
        foreach (var name in names)
        {
            bookmarks.TryAdd(name, id);
        }
    }
}
