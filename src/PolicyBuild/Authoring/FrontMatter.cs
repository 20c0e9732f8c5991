namespace PolicyBuild.Authoring;

/// <summary>A fragment split into its optional YAML front matter and its Markdown body.</summary>
/// <param name="Yaml">The text between the <c>---</c> lines, or null when there is none.</param>
/// <param name="Body">The Markdown after the front matter (the whole text when there is none), with <c>\n</c> line ends.</param>
/// <param name="BodyLine">The 1-based line of the file where the body starts.</param>
public sealed record FrontMatter(string? Yaml, string Body, int BodyLine)
{
    public static FrontMatter Split(string text)
    {
        text = text.Replace("\r\n", "\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return new FrontMatter(null, text, 1);
        }

        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var endAtEof = text.EndsWith("\n---", StringComparison.Ordinal) && end < 0;
        if (end < 0 && !endAtEof)
        {
            // An unclosed block is treated as body text; the loader reports it.
            return new FrontMatter(null, text, 1);
        }

        var yamlEnd = end < 0 ? text.Length - 4 : end;
        var yaml = text[4..(yamlEnd + 1)];
        var body = end < 0 ? string.Empty : text[(end + 5)..];
        var bodyLine = 1 + CountLines(text[..(end < 0 ? text.Length : end + 5)]);
        return new FrontMatter(yaml, body, bodyLine);
    }

    private static int CountLines(string text) => text.Count(c => c == '\n');
}
