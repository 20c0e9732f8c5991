using System.Collections.Immutable;
using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Templates;

namespace PolicyBuild.Reports;

/// <summary>
/// Loads a report folder: <c>report.yml</c> plus one Markdown file per part (<c>purpose.md</c>,
/// <c>executive-summary.md</c>…). A missing required part or an unknown part file is a located error.
/// </summary>
public sealed class ReportLoader(TemplateSet templates)
{
    public const string FileName = "report.yml";

    /// <param name="directory">The report item's folder, inside <paramref name="policyDirectory"/>.</param>
    /// <param name="policyDirectory">The policy it belongs to: every file read resolves inside it.</param>
    public ReportSource Load(string directory, string policyDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var boundary = new FolderBoundary(policyDirectory, "the policy folder");
        var display = DisplayPath.Of(directory);
        var file = $"{display}/{FileName}";
        var yaml = YamlMap.Parse(Read(boundary, Path.Combine(directory, FileName), file), file, 0, diagnostics)
            ?? throw new PolicyBuildException(diagnostics.Items);
        var metadata = new ReportMetadata(
            yaml.RequiredString("committee"),
            yaml.RequiredDate("meeting-date"),
            yaml.RequiredString("item"),
            yaml.RequiredString("title"),
            yaml.RequiredString("report-of"),
            yaml.RequiredString("prepared-by"),
            yaml.RequiredString("template"));
        yaml.ReportUnknownKeys();
        diagnostics.ThrowIfErrors();

        var catalogue = ReportPartCatalogue.Read(templates, metadata.Template, yaml.LocationOf("template"));
        var parts = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var part in catalogue)
        {
            var path = Path.Combine(directory, $"{part.Key}.md");
            if (File.Exists(path))
            {
                parts[part.Key] = Read(boundary, path, $"{display}/{part.Key}.md").Replace("\r\n", "\n").Trim();
            }
            else if (part.Required)
            {
                diagnostics.Error(yaml.LocationOf("template"), $"missing part '{part.Key}' ({part.Title}): write {display}/{part.Key}.md");
            }
            else
            {
                parts[part.Key] = string.Empty;
            }
        }

        var known = catalogue.Select(p => $"{p.Key}.md").ToHashSet(StringComparer.Ordinal);
        foreach (var extra in Directory.GetFiles(directory, "*.md").Select(Path.GetFileName).Where(f => !known.Contains(f!)).Order(StringComparer.Ordinal))
        {
            diagnostics.Error(new SourceLocation($"{display}/{extra}"),
                $"'{extra}' is not a part of this report template (expected: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
        }

        diagnostics.ThrowIfErrors();
        return new ReportSource(Path.GetFileName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar)), directory, metadata, parts.ToImmutable());
    }

    private static string Read(FolderBoundary boundary, string path, string display) =>
        SourceText.Read(boundary.Resolve(path, display), display);
}
