using System.Collections.Concurrent;
using PolicyBuild.Templates;

namespace PolicyBuild.Publishing;

/// <summary>
/// One toolchain per templates folder for a whole run: a library of policies sharing <c>templates/</c>
/// parses each template and reads each reference document once, however many policies it builds.
/// </summary>
/// <param name="explicitTemplates">The <c>--templates</c> folder, or null to find <c>templates/</c> from each policy.</param>
public sealed class ToolchainCache(string? explicitTemplates)
{
    private readonly ConcurrentDictionary<string, Lazy<Toolchain>> _byRoot = new(StringComparer.Ordinal);

    public Toolchain For(string policyDirectory)
    {
        var templates = TemplateSet.Locate(explicitTemplates, policyDirectory);
        return _byRoot.GetOrAdd(templates.Root, _ => new Lazy<Toolchain>(() => new Toolchain(templates))).Value;
    }
}
