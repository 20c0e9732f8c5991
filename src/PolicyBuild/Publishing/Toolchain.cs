using Markdig;
using PolicyBuild.Authoring;
using PolicyBuild.Markdown;
using PolicyBuild.Rendering;
using PolicyBuild.Rendering.Docx;
using PolicyBuild.Rendering.Layout;
using PolicyBuild.Templates;

namespace PolicyBuild.Publishing;

/// <summary>The pipeline's parts, built once per run and shared by every policy it builds.</summary>
public sealed class Toolchain
{
    private readonly Lazy<DocxWriter> _writer;

    public Toolchain(TemplateSet templates)
    {
        Templates = templates;
        Markdown = PolicyMarkdown.CreatePipeline();
        Loader = new PolicyLoader(Markdown);
        TemplateRenderer = new TemplateRenderer(templates);
        Layout = new PolicyLayoutRenderer(TemplateRenderer, new LayoutBuilder(Markdown));
        _writer = new Lazy<DocxWriter>(() => new DocxWriter(ReferenceDocument.Load(templates.PathOf(TemplateSet.ReferenceDocument))));
    }

    public TemplateSet Templates { get; }

    public MarkdownPipeline Markdown { get; }

    public PolicyLoader Loader { get; }

    public TemplateRenderer TemplateRenderer { get; }

    public PolicyLayoutRenderer Layout { get; }

    /// <summary>Loaded on first use so that <c>check</c> never needs the reference document.</summary>
    public DocxWriter Writer => _writer.Value;
}
