using Markdig;
using PolicyBuild.Markdown.CrossReferences;

namespace PolicyBuild.Markdown;

/// <summary>The one Markdown dialect of PolicyBuild, built once and reused.</summary>
public static class PolicyMarkdown
{
    /// <summary>
    /// CommonMark plus pipe tables, footnotes, lettered lists, <c>:::</c> containers and
    /// <c>{#id .class}</c> attributes, with cross-references.
    /// </summary>
    public static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseCustomContainers()
            .UsePipeTables()
            .UseFootnotes()
            .UseListExtras();
        builder.Extensions.AddIfNotAlready<CrossReferenceExtension>();

        // Generic attributes must come last: they attach to blocks the other extensions create.
        return builder.UseGenericAttributes().Build();
    }
}
