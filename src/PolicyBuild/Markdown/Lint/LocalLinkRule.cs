using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Markdown.Lint;

/// <summary>A relative link or image in a fragment whose file does not exist beside it.</summary>
public sealed class LocalLinkRule(Markdig.MarkdownPipeline pipeline) : ILintRule
{
    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        // A link needs "](" or, for a reference definition, "]:": other fragments need no parse.
        foreach (var source in context.Sources.Where(s => s.Fragment.Body.Contains("](", StringComparison.Ordinal) || s.Fragment.Body.Contains("]:", StringComparison.Ordinal)))
        {
            var document = Markdig.Markdown.Parse(source.Fragment.Body, pipeline);
            foreach (var link in document.Descendants<LinkInline>())
            {
                if (LocalPath(link.Url) is not { } target)
                {
                    continue;
                }

                // A leading '/' means the policy folder; otherwise the fragment's own folder.
                var folder = Path.GetDirectoryName(source.Path) ?? string.Empty;
                var relative = target.StartsWith('/') ? target.TrimStart('/') : Path.Combine(folder, target);
                var full = context.Folder.FullPath(relative);
                if (!File.Exists(full) && !Directory.Exists(full))
                {
                    var at = new SourceLocation(context.DisplayPath(source.Path), source.Fragment.BodyLine + link.Line, link.Column + 1);
                    yield return Diagnostic.Warning(at, $"link to '{link.Url}' points at a file that does not exist ({context.DisplayPath(Path.GetRelativePath(context.Folder.FullPath(string.Empty), Path.GetFullPath(full)).Replace('\\', '/'))})");
                }
            }
        }
    }

    /// <summary>The file part of a relative URL; null for web addresses, mail, in-page anchors and empty links.</summary>
    public static string? LocalPath(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal)
            || System.Text.RegularExpressions.Regex.IsMatch(url, "^[A-Za-z][A-Za-z0-9+.-]*:"))
        {
            return null;
        }

        var path = url.Split('#', '?')[0];
        return path.Length == 0 ? null : Uri.UnescapeDataString(path);
    }
}
