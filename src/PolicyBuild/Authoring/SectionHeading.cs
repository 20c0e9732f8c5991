using PolicyBuild.Diagnostics;

namespace PolicyBuild.Authoring;

/// <summary>Splits <c>_section.md</c> into its <c># Title</c> line and optional intro text.</summary>
public static class SectionHeading
{
    /// <returns>The title, the intro (trimmed) and where the intro starts in the file.</returns>
    public static (string Title, string Intro, SourceLocation IntroLocation) Split(string body, SourceLocation bodyStart, DiagnosticBag diagnostics)
    {
        var lines = body.Split('\n');
        var first = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (first < 0 || !lines[first].StartsWith("# ", StringComparison.Ordinal) || lines[first].Length < 3)
        {
            diagnostics.Error(bodyStart.Offset(Math.Max(first, 0)), "a section file must start with a heading line '# Section title'");
            return (string.Empty, string.Empty, bodyStart);
        }

        var title = lines[first][2..].Trim();
        var rest = string.Join('\n', lines.Skip(first + 1));
        return (title, rest.Trim(), PolicyLoader.BodyStart(bodyStart.Offset(first + 1), rest));
    }
}
