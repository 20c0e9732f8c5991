using System.Text;

using System.Text.RegularExpressions;

namespace PolicyBuild.Model;

/// <summary>
/// Lowercase-hyphenated names (ids, file and folder names, short names): "Personal use of social media"
/// → <c>personal-use-of-social-media</c>. The one place that says what a slug is and makes one.
/// </summary>
public static partial class Slug
{
    public const int MaxLength = 40;

    // Accented letters folded by hand: the build runs with invariant globalization, where Normalize does nothing.
    private const string Accented = "àáâãäåāçèéêëēìíîïīñòóôõöøōùúûüūýÿŷŵ";
    private const string Plain = "aaaaaaaceeeeeiiiiinooooooouuuuuyyyw";

    /// <summary>Lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters.</summary>
    public static bool IsValid(string name) => name.Length <= 64 && Pattern().IsMatch(name);

    /// <summary>The first <paramref name="maxWords"/> words, cut at a word boundary to fit <see cref="MaxLength"/>; empty when there are none.</summary>
    public static string Of(string text, int maxWords = int.MaxValue)
    {
        var folded = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            // Apostrophes join their word: "council's" is one word, not "council-s".
            if (c is not ('\'' or '\u2019'))
            {
                folded.Append(at >= 0 ? Plain[at] : char.IsAsciiLetterOrDigit(c) ? c : ' ');
            }
        }

        var slug = new StringBuilder();
        foreach (var word in folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(maxWords))
        {
            if (slug.Length + (slug.Length > 0 ? 1 : 0) + word.Length > MaxLength)
            {
                if (slug.Length == 0)
                {
                    slug.Append(word[..MaxLength]);
                }

                break;
            }

            slug.Append(slug.Length > 0 ? "-" : string.Empty).Append(word);
        }

        return slug.ToString();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
