using PolicyBuild.Diagnostics;

namespace PolicyBuild.Markdown.Lint;

/// <summary>A front-matter <c>id:</c> that differs from the file's slug: readers looking for the id will not find the file.</summary>
public sealed class IdSlugRule : ILintRule
{
    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var source in context.Sources)
        {
            if (source.Fragment.IdLocation is { } at && source.Fragment.Id != source.Name.Slug)
            {
                var what = source.IsSection ? "section" : "clause";
                var rename = source.IsSection ? $"{source.Name.Prefix}-{source.Fragment.Id}/" : $"{source.Name.Prefix}-{source.Fragment.Id}.md";
                yield return Diagnostic.Warning(at,
                    $"{what} id '{source.Fragment.Id}' differs from its file slug '{source.Name.Slug}': rename it {rename} and drop id:, unless the id is kept on purpose");
            }
        }
    }
}
