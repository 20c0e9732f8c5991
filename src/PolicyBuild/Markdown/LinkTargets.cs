namespace PolicyBuild.Markdown;

/// <summary>
/// Which link targets may reach a document: web and mail addresses, telephone numbers, places in
/// the document and relative paths. <c>javascript:</c>, <c>data:</c>, <c>file:</c> and other schemes
/// would run or open something when a reader clicks the link, so they are refused.
/// </summary>
public static class LinkTargets
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers skip control characters and spaces inside a scheme ("java\tscript:"), so do we.
        var squeezed = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = squeezed.IndexOf(':');
        var firstDelimiter = squeezed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return true;
        }

        var scheme = squeezed[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    public const string Rule = "links may go to http:, https:, mailto: or tel: addresses, a place in the document (#id) or a relative path";
}
