using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Markdown.Lint;

/// <summary>Text that <c>policybuild init</c> wrote as a placeholder and nobody has replaced yet.</summary>
public sealed class PlaceholderRule : ILintRule
{
    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        if (context.Tree.FileExists(MetadataReader.FileName))
        {
            var file = context.DisplayPath(MetadataReader.FileName);
            foreach (var (line, column, text, advice) in Find(context.Tree.ReadAllText(MetadataReader.FileName), InitPlaceholders.Metadata))
            {
                yield return Diagnostic.Warning(new SourceLocation(file, line, column),
                    $"'{text}' is a placeholder written by 'policybuild init': replace it with {advice}");
            }
        }

        foreach (var source in context.Sources.Where(s => !s.IsSection))
        {
            var found = Find(context.Tree.ReadAllText(source.Path), [(InitPlaceholders.ClauseText, "")]).FirstOrDefault();
            if (found != default)
            {
                yield return Diagnostic.Warning(new SourceLocation(context.DisplayPath(source.Path), found.Line, found.Column),
                    "this clause still has the text 'policybuild init' wrote: replace it with the policy's own words");
            }
        }
    }

    /// <summary>Each placeholder found at the start of a YAML value or anywhere in a text line, outside comments.</summary>
    private static IEnumerable<(int Line, int Column, string Text, string Advice)> Find(string text, IEnumerable<(string Text, string Advice)> placeholders)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            foreach (var (placeholder, advice) in placeholders)
            {
                var at = line.IndexOf(placeholder, StringComparison.Ordinal);
                if (at >= 0)
                {
                    yield return (i + 1, at + 1, placeholder, advice);
                }
            }
        }
    }
}
