using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PolicyBuild.Markdown.CrossReferences;

/// <summary>
/// Turns links whose URL is <c>#id</c> into <see cref="CrossReferenceInline"/> nodes once a
/// document is parsed, so that later stages see references, not plain anchors.
/// </summary>
public sealed class CrossReferenceExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Rewrite;
        pipeline.DocumentProcessed += Rewrite;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Rewrite(MarkdownDocument document)
    {
        var links = document.Descendants<LinkInline>()
            .Where(link => !link.IsImage && link.Url is { Length: > 1 } url && url[0] == '#')
            .ToList();
        foreach (var link in links)
        {
            var reference = new CrossReferenceInline
            {
                TargetId = link.Url![1..],
                Line = link.Line,
                Column = link.Column,
                Span = link.Span,
            };
            while (link.FirstChild is { } child)
            {
                child.Remove();
                reference.AppendChild(child);
            }

            link.ReplaceBy(reference);
        }
    }
}
