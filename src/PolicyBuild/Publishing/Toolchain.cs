using Markdig;
using PolicyBuild.Authoring;
using PolicyBuild.Layout;
using PolicyBuild.Markdown;
using PolicyBuild.Markdown.CrossReferences;
using PolicyBuild.Rendering.Docx;
using PolicyBuild.Reports;
using PolicyBuild.Templates;

namespace PolicyBuild.Publishing;

/// <summary>The pipeline's parts, built once per run and shared by every policy it builds.</summary>
public sealed class Toolchain
{
    private readonly Lazy<DocxWriter> _writer;
    private readonly Lazy<DocxWriter> _reportWriter;

    public Toolchain(TemplateSet templates)
    {
        Templates = templates;
        Markdown = PolicyMarkdown.CreatePipeline();
        Loader = new PolicyLoader(new PolicyTextChecks(Markdown));
        TemplateRenderer = new TemplateRenderer(templates);
        var layoutBuilder = new LayoutBuilder(Markdown);
        Layout = new PolicyLayoutRenderer(TemplateRenderer, layoutBuilder);
        Reports = new ReportRenderer(TemplateRenderer, layoutBuilder);
        ReportLoader = new ReportLoader(templates);
        _writer = new Lazy<DocxWriter>(() => new DocxWriter(LoadReference(templates, TemplateSet.ReferenceDocument)));
        _reportWriter = new Lazy<DocxWriter>(() => File.Exists(templates.PathOf(TemplateSet.ReportReferenceDocument))
            ? new DocxWriter(LoadReference(templates, TemplateSet.ReportReferenceDocument))
            : _writer.Value);
    }

    public TemplateSet Templates { get; }

    /// <summary>A reference document of the templates folder (read only from inside it), named in messages as the author sees it.</summary>
    private static ReferenceDocument LoadReference(TemplateSet templates, string relative)
    {
        var display = Diagnostics.DisplayPath.Of(templates.PathOf(relative));
        return ReferenceDocument.Load(templates.Resolve(relative, new Diagnostics.SourceLocation(display)), display);
    }

    public MarkdownPipeline Markdown { get; }

    public PolicyLoader Loader { get; }

    public TemplateRenderer TemplateRenderer { get; }

    public PolicyLayoutRenderer Layout { get; }

    public ReportRenderer Reports { get; }

    public ReportLoader ReportLoader { get; }

    /// <summary>Loaded on first use so that <c>check</c> never needs the reference document.</summary>
    public DocxWriter Writer => _writer.Value;

    /// <summary>Styles from <c>templates/committee-report/reference.docx</c> when a council provides one, else the policy's.</summary>
    public DocxWriter ReportWriter => _reportWriter.Value;
}
