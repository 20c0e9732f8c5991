using System.Collections.Immutable;
using PolicyBuild.Rendering.Docx;
using PolicyBuild.Import.Word;
using PolicyBuild.Import.Structure;

namespace PolicyBuild.Import;

/// <summary>
/// Matches the clauses of a later version to the clauses of the existing policy, anywhere in it
/// (a clause may have moved): our own bookmarks first, then the most alike pairs of texts, with a
/// little weight for the same number and the same title. A clause whose text changed too much to
/// be recognised is new, and the one it replaced is removed.
/// </summary>
internal static class ClauseMatcher
{
    /// <summary>At or above this, the texts are the same clause even with nothing else in common.</summary>
    private const double SameClause = 0.5;

    /// <summary>With the same number or title, a text this alike is still the same clause, reworded.</summary>
    private const double Reworded = 0.3;

    /// <summary>Below this, or with a rival this close, the match is reported as unsure.</summary>
    private const double Sure = 0.8;
    private const double RivalMargin = 0.1;

    private const double NumberWeight = 0.15;
    private const double TitleWeight = 0.15;

    /// <param name="document">The later version, as read.</param>
    /// <param name="folder">The existing policy.</param>
    /// <param name="bookmarksOnly">Match by our bookmarks alone (a review: never guess from the text).</param>
    /// <returns>Per section and clause of the document, how it was matched.</returns>
    public static ImmutableArray<ImmutableArray<ClauseMatch>> Match(ImportedDocument document, PolicyFolder folder, bool bookmarksOnly = false)
    {
        var existing = folder.Clauses.ToList();
        var imported = document.Sections.SelectMany((s, si) => s.Clauses.Select((c, ci) => (Section: si, Index: ci, Clause: c))).ToList();
        var result = imported.ToDictionary(i => (i.Section, i.Index), _ => new ClauseMatch(null, 0, false));
        var taken = new HashSet<FolderClause>();

        // By the bookmark name the writer gives each id: long ids' hashed names match too.
        var byBookmark = existing.ToDictionary(c => BookmarkNames.For(c.Clause.Id), StringComparer.Ordinal);
        foreach (var item in imported)
        {
            if (item.Clause.Bookmarks.Select(b => byBookmark.GetValueOrDefault(b)).FirstOrDefault(c => c is not null) is { } own && taken.Add(own))
            {
                result[(item.Section, item.Index)] = new ClauseMatch(own, new WordBag(Words(own)).Similarity(new WordBag(Words(item.Clause))), false, ByBookmark: true);
            }
        }

        var open = bookmarksOnly ? [] : imported.Where(i => result[(i.Section, i.Index)].Existing is null).ToList();
        var candidates = existing.Where(c => !taken.Contains(c)).ToList();
        var existingWords = candidates.ToDictionary(c => c, c => new WordBag(Words(c)));
        var pairs = new List<(int Item, FolderClause Existing, double Similarity, double Score)>();
        for (var i = 0; i < open.Count; i++)
        {
            var words = new WordBag(Words(open[i].Clause));
            foreach (var candidate in candidates)
            {
                var similarity = existingWords[candidate].Similarity(words);
                var sameNumber = candidate.Clause.Number == open[i].Clause.Number;
                var sameTitle = open[i].Clause.Title is { } title && string.Equals(title, candidate.Clause.Title, StringComparison.OrdinalIgnoreCase);
                if (similarity >= SameClause || (similarity >= Reworded && (sameNumber || sameTitle)))
                {
                    pairs.Add((i, candidate, similarity, similarity + (sameNumber ? NumberWeight : 0) + (sameTitle ? TitleWeight : 0)));
                }
            }
        }

        var byItem = TopTwo(pairs.Select(p => (p.Item, p.Existing, p.Score)));
        var byExisting = TopTwo(pairs.Select(p => (p.Existing, p.Item, p.Score)));
        var assigned = new HashSet<int>();
        foreach (var pair in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Item).ThenBy(p => p.Existing.Path, StringComparer.Ordinal))
        {
            if (assigned.Contains(pair.Item) || taken.Contains(pair.Existing))
            {
                continue;
            }

            assigned.Add(pair.Item);
            taken.Add(pair.Existing);
            var rival = Math.Max(Other(byItem[pair.Item], pair.Existing), Other(byExisting[pair.Existing], pair.Item));
            var unsure = pair.Similarity < Sure || rival >= pair.Score - RivalMargin;
            result[(open[pair.Item].Section, open[pair.Item].Index)] = new ClauseMatch(pair.Existing, pair.Similarity, unsure);
        }

        return [.. document.Sections.Select((s, si) => s.Clauses.Select((_, ci) => result[(si, ci)]).ToImmutableArray())];
    }

    /// <summary>For each key, its two best-scoring partners: enough to know the best rival of any pair.</summary>
    private static Dictionary<TKey, List<(TOther Other, double Score)>> TopTwo<TKey, TOther>(IEnumerable<(TKey Key, TOther Other, double Score)> scores)
        where TKey : notnull
    {
        var top = new Dictionary<TKey, List<(TOther, double)>>();
        foreach (var (key, other, score) in scores)
        {
            var list = top.TryGetValue(key, out var found) ? found : top[key] = [];
            list.Add((other, score));
            list.Sort((a, b) => b.Item2.CompareTo(a.Item2));
            if (list.Count > 2)
            {
                list.RemoveAt(2);
            }
        }

        return top;
    }

    /// <summary>The best score among a key's partners other than <paramref name="partner"/>.</summary>
    private static double Other<TOther>(List<(TOther Other, double Score)> best, TOther partner) =>
        best.Where(b => !EqualityComparer<TOther>.Default.Equals(b.Other, partner)).Select(b => b.Score).DefaultIfEmpty(0).Max();

    /// <summary>The words of a clause, without Markdown's or Word's punctuation, so both sides compare alike.</summary>
    public static string Words(FolderClause clause) => Normalise($"{clause.Clause.Title} {clause.Clause.Body}");

    public static string Words(ImportedClause clause) => Normalise($"{clause.Title} {string.Join(" ", clause.Body.SelectMany(Texts))}");

    private static IEnumerable<string> Texts(WordBlock block) => block switch
    {
        WordParagraph paragraph => [paragraph.Text],
        WordTable table => table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs).Select(p => p.Text),
        _ => [],
    };

    private static string Normalise(string text) =>
        new(text.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ').ToArray());
}

/// <summary>How a clause (or section) of the document was matched to one of the existing policy.</summary>
/// <param name="Existing">The existing clause it continues; null when it is new.</param>
/// <param name="Similarity">How alike the texts are, 0 to 1.</param>
/// <param name="Unsure">True when the match is a judgement a person should check: texts far apart, or another candidate nearly as good.</param>
/// <param name="ByBookmark">True when our own <c>c_&lt;id&gt;</c> bookmark named it.</param>
internal sealed record ClauseMatch(FolderClause? Existing, double Similarity, bool Unsure, bool ByBookmark = false);
