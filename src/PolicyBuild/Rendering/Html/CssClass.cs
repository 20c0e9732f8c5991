using System.Text;

namespace PolicyBuild.Rendering.Html;

/// <summary>CSS class names from paragraph style ids: <c>ClauseContinuation</c> → <c>clause-continuation</c>, <c>TOC1</c> → <c>toc1</c>.</summary>
internal static class CssClass
{
    public static string Of(string styleId)
    {
        var result = new StringBuilder(styleId.Length + 4);
        for (var i = 0; i < styleId.Length; i++)
        {
            var c = styleId[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                AppendHyphen(result);
                continue;
            }

            if (char.IsAsciiLetterUpper(c) && i > 0 && StartsWord(styleId, i))
            {
                AppendHyphen(result);
            }

            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString().Trim('-');
    }

    /// <summary>Joins the non-empty classes, or null when there are none (the attribute is then left out).</summary>
    public static string? Join(params ReadOnlySpan<string?> classes)
    {
        var result = new StringBuilder();
        foreach (var name in classes)
        {
            if (!string.IsNullOrEmpty(name))
            {
                result.Append(result.Length > 0 ? " " : string.Empty).Append(name);
            }
        }

        return result.Length > 0 ? result.ToString() : null;
    }

    // An upper-case letter starts a word after a lower-case letter or digit ("clauseT"), or when it
    // ends an acronym and a lower-case letter follows ("TOCHeading" → "toc-heading").
    private static bool StartsWord(string s, int i) =>
        !char.IsAsciiLetterUpper(s[i - 1]) && char.IsAsciiLetterOrDigit(s[i - 1])
        || char.IsAsciiLetterUpper(s[i - 1]) && i + 1 < s.Length && char.IsAsciiLetterLower(s[i + 1]);

    private static void AppendHyphen(StringBuilder result)
    {
        if (result.Length > 0 && result[^1] != '-')
        {
            result.Append('-');
        }
    }
}
