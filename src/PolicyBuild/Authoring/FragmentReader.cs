using System.Text.RegularExpressions;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Authoring;

/// <summary>Reads a fragment file: optional front matter (<c>id</c>, <c>title</c>) and its body.</summary>
public static partial class FragmentReader
{
    public static Fragment Read(IPolicyTree tree, string path, string defaultId, DiagnosticBag diagnostics)
    {
        var fragment = ReadFile(tree, path, defaultId, diagnostics);
        if (fragment.Id.Length == 1)
        {
            // Markdig reads no one-character id in "{#x number=1.1}": what check accepts must also build.
            diagnostics.Error(fragment.IdLocation ?? new SourceLocation(tree.DisplayPath(path)),
                $"id '{fragment.Id}' is one character: an id needs at least two (e.g. {fragment.Id}-rules)");
        }

        return fragment;
    }

    private static Fragment ReadFile(IPolicyTree tree, string path, string defaultId, DiagnosticBag diagnostics)
    {
        var file = tree.DisplayPath(path);
        var split = FrontMatter.Split(tree.ReadAllText(path));
        if (split.Yaml is null)
        {
            if (split.Body.StartsWith("---\n", StringComparison.Ordinal))
            {
                diagnostics.Error(new SourceLocation(file), "front matter is not closed: add a line '---' after it");
            }

            return new Fragment(defaultId, null, split.Body, split.BodyLine);
        }

        var yaml = YamlMap.Parse(split.Yaml, file, 1, diagnostics);
        if (yaml is null)
        {
            return new Fragment(defaultId, null, split.Body, split.BodyLine);
        }

        var explicitId = yaml.OptionalString("id");
        var id = explicitId ?? defaultId;
        var title = yaml.OptionalString("title");
        yaml.ReportUnknownKeys();
        if (!IdPattern().IsMatch(id))
        {
            diagnostics.Error(yaml.LocationOf("id"), $"id '{id}' must be lowercase letters, digits and hyphens (e.g. business-contacts)");
        }

        return new Fragment(id, title, split.Body, split.BodyLine, explicitId is null ? null : yaml.LocationOf("id"));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
