using PolicyBuild.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PolicyBuild.Templates;

/// <summary>
/// Resolves <c>include</c> only to files inside the templates folder: no <c>../</c>, no absolute
/// paths, no symbolic link out of it, so a template cannot read arbitrary files.
/// </summary>
internal sealed class SafeTemplateLoader(TemplateSet templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var real = templates.Resolve(templateName, Locate(callerSpan), "include");
        return File.Exists(real)
            ? real
            : throw new PolicyBuildException(Locate(callerSpan), $"include '{templateName}' not found in {DisplayPath.Of(templates.Root)}");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        SourceText.Read(templatePath, DisplayPath.Of(templatePath));

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    public static SourceLocation Locate(SourceSpan span) =>
        new(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);
}
