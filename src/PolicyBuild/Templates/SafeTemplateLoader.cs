using PolicyBuild.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PolicyBuild.Templates;

/// <summary>
/// Resolves <c>include</c> only to files inside the templates folder: no <c>../</c>,
/// no absolute paths, so a template cannot read arbitrary files.
/// </summary>
internal sealed class SafeTemplateLoader(string root) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(root) + Path.DirectorySeparatorChar;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (Path.IsPathRooted(templateName) || templateName.Split('/', '\\').Contains(".."))
        {
            throw new PolicyBuildException(Locate(callerSpan),
                $"include '{templateName}' must be a path inside the templates folder (no '..', no absolute path)");
        }

        var full = Path.GetFullPath(Path.Combine(_root, templateName));
        if (!full.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(full))
        {
            throw new PolicyBuildException(Locate(callerSpan), $"include '{templateName}' not found in {_root}");
        }

        return full;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));

    public static SourceLocation Locate(SourceSpan span) =>
        new(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);
}
