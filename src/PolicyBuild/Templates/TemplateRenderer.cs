using PolicyBuild.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PolicyBuild.Templates;

/// <summary>
/// Renders a Scriban template to Markdown in strict mode: an undefined variable or member is a
/// located error, not an empty string; loops and recursion are bounded.
/// </summary>
public sealed class TemplateRenderer(TemplateSet templates)
{
    private const int LoopLimit = 100_000;
    private const int RecursiveLimit = 50;

    public string Render(string templateName, ScriptObject model)
    {
        var path = templates.PathOf(templateName);
        var display = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
        if (!File.Exists(path))
        {
            throw new PolicyBuildException(new SourceLocation(display), $"template not found: create {display} or pass --templates");
        }

        var template = Template.Parse(File.ReadAllText(path), display);
        if (template.HasErrors)
        {
            throw new PolicyBuildException(template.Messages
                .Select(m => Diagnostic.Error(SafeTemplateLoader.Locate(m.Span) with { File = display }, m.Message))
                .ToList());
        }

        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            TemplateLoader = new SafeTemplateLoader(templates.Root),
            MemberRenamer = member => member.Name,
        };
        context.PushGlobal(model);
        try
        {
            return template.Render(context).Replace("\r\n", "\n");
        }
        catch (ScriptRuntimeException ex)
        {
            var location = SafeTemplateLoader.Locate(ex.Span);
            if (location.File == "template" || string.IsNullOrEmpty(ex.Span.FileName))
            {
                location = location with { File = display };
            }
            else
            {
                location = location with { File = Path.GetRelativePath(Directory.GetCurrentDirectory(), location.File).Replace('\\', '/') };
            }

            throw new PolicyBuildException(location, $"template error: {ex.OriginalMessage}");
        }
    }
}
