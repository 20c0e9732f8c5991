using System.Text;

namespace PolicyBuild.Import.Writing;

/// <summary>Lowercase-hyphenated ids from text: "Personal use of social media" → <c>personal-use-of-social-media</c>.</summary>
internal static class Slug
{
    public const int MaxLength = 40;

    // Accented letters folded by hand: the build runs with invariant globalization, where Normalize does nothing.
    private const string Accented = "àáâãäåāçèéêëēìíîïīñòóôõöøōùúûüūýÿŷŵ";
    private const string Plain = "aaaaaaaceeeeeiiiiinooooooouuuuuyyyw";

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
}
