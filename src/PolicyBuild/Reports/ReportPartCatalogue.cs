using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Reports;

/// <summary>
/// The parts a report template uses, read from <c>parts.yml</c> beside it
/// (<c>key: { title: …, required: true }</c>), so a council that changes the template also
/// decides which parts an author must write.
/// </summary>
public static class ReportPartCatalogue
{
    public const string FileName = "parts.yml";

    /// <param name="templates">The templates folder; parts.yml is read only from inside it.</param>
    /// <param name="templateName">The report template, relative to the templates folder; parts.yml is beside it.</param>
    /// <param name="namedAt">Where the template is named (report.yml's <c>template:</c>).</param>
    public static IReadOnlyList<ReportPart> Read(Templates.TemplateSet templates, string templateName, SourceLocation namedAt)
    {
        var relative = Path.Combine(Path.GetDirectoryName(templateName) ?? string.Empty, FileName);
        var path = templates.Resolve(relative, namedAt);
        var display = DisplayPath.Of(templates.PathOf(relative));
        if (!File.Exists(path))
        {
            throw new PolicyBuildException(new SourceLocation(display), $"the report template needs a {FileName} listing its parts");
        }

        var diagnostics = new DiagnosticBag();
        var yaml = YamlMap.Parse(SourceText.Read(path, display), display, 0, diagnostics);
        var parts = new List<ReportPart>();
        foreach (var key in yaml?.Keys() ?? [])
        {
            var part = yaml!.RequiredMap(key);
            parts.Add(new ReportPart(key, part?.RequiredString("title") ?? key, part?.OptionalBool("required", true) ?? true));
            part?.ReportUnknownKeys();
        }

        diagnostics.ThrowIfErrors();
        return parts;
    }
}

/// <summary>A part a report template expects (e.g. <c>purpose</c>, "Purpose of the report").</summary>
public sealed record ReportPart(string Key, string Title, bool Required);
