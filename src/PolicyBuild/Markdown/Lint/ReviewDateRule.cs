using System.Globalization;
using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Markdown.Lint;

/// <summary>The policy's review date (<c>review.next</c>) is before today.</summary>
public sealed class ReviewDateRule : ILintRule
{
    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var next = context.Policy.Metadata.Review.Next;
        if (next >= context.Options.Today)
        {
            yield break;
        }

        var file = context.DisplayPath(MetadataReader.FileName);
        var yaml = YamlMap.Parse(context.Tree.ReadAllText(MetadataReader.FileName), file, 0, new DiagnosticBag());
        var location = yaml?.OptionalMap("review")?.LocationOf("next") ?? new SourceLocation(file);
        yield return Diagnostic.Warning(location, string.Create(CultureInfo.InvariantCulture,
            $"review date {next:yyyy-MM-dd} has passed (today is {context.Options.Today:yyyy-MM-dd}): review the policy and set review.next"));
    }
}
