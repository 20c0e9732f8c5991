namespace PolicyBuild.Rendering.Html;

/// <summary>Which link targets the page may point at.</summary>
internal static class HtmlLinks
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public static bool IsInternal(string link) => link.StartsWith('#');

    /// <summary>
    /// True for web, mail and phone links and relative ones. <c>javascript:</c>, <c>data:</c> and the
    /// like are refused (the link text stays, unlinked): the page must never run or embed anything.
    /// </summary>
    public static bool IsSafeExternal(string link)
    {
        var colon = link.IndexOf(':');
        if (colon < 0 || link.IndexOfAny(['/', '?', '#']) is var end && end >= 0 && end < colon)
        {
            return true;
        }

        var scheme = link[..colon];
        return SafeSchemes.Any(s => string.Equals(s, scheme, StringComparison.OrdinalIgnoreCase));
    }
}
