using System.Collections.Concurrent;
using PolicyBuild.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PolicyBuild.Templates;

/// <summary>
/// Renders a Scriban template to Markdown in strict mode: an undefined variable or member is a
/// located error, not an empty string; loops and recursion are bounded; output is never cut.
/// </summary>
/// <remarks>Each template is parsed once per renderer (a parsed Scriban template renders safely on several
/// threads, each with its own context): a run of many policies, or a watch that keeps its renderer until a
/// template is saved, parses it once.</remarks>
public sealed class TemplateRenderer(TemplateSet templates)
{
    private const int LoopLimit = 100_000;
    private const int RecursiveLimit = 50;

    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public string Render(string templateName, ScriptObject model)
    {
        var display = DisplayPath.Of(templates.PathOf(templateName));
        var template = _parsed.GetOrAdd(templateName, name => Parse(name, display));

        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            // Scriban cuts strings and output at 1 MiB by default, silently: a long policy would lose
            // its last clauses. No limit here; loops and recursion are what is bounded.
            LimitToString = 0,
            TemplateLoader = new SafeTemplateLoader(templates),
            MemberRenamer = member => member.Name,
        };
        context.PushGlobal(model);
        try
        {
            var output = template.Render(context).Replace("\r\n", "\n");

            // Policy text is checked when read; a template can still make a character XML cannot hold ("\x01").
            SourceText.Check(output, $"{display} (output)");
            return output;
        }
        catch (ScriptRuntimeException ex) when (ex.InnerException is PolicyBuildException refused)
        {
            // The loader refused an include (outside the folder, not found): Scriban wraps it.
            throw new PolicyBuildException(refused.Diagnostics
                .Select(d => d with { Location = d.Location with { File = DisplayName(d.Location.File, display) } })
                .ToList());
        }
        catch (ScriptParserRuntimeException ex) when (ex.ParserMessages.HasErrors)
        {
            // A syntax error in an included template: locate it in that file, not at the include.
            throw new PolicyBuildException(ex.ParserMessages
                .Where(m => m.Type == ParserMessageType.Error)
                .Select(m => Diagnostic.Error(Locate(m.Span, display), m.Message))
                .ToList());
        }
        catch (ScriptRuntimeException ex)
        {
            var detail = ex.InnerException is { } inner ? $": {inner.Message}" : string.Empty;
            throw new PolicyBuildException(Locate(ex.Span, display), $"template error: {ex.OriginalMessage}{detail}");
        }
    }

    /// <summary>Parses a template, or throws its syntax errors (an error is thrown, not kept: the next render reads the file again).</summary>
    private Template Parse(string templateName, string display)
    {
        var template = Template.Parse(templates.ReadText(templateName, new SourceLocation(display)), display);
        if (template.HasErrors)
        {
            throw new PolicyBuildException(template.Messages
                .Select(m => Diagnostic.Error(SafeTemplateLoader.Locate(m.Span) with { File = display }, m.Message))
                .ToList());
        }

        return template;
    }

    private static SourceLocation Locate(SourceSpan span, string display)
    {
        var location = SafeTemplateLoader.Locate(span);
        return location with { File = string.IsNullOrEmpty(span.FileName) ? display : DisplayName(location.File, display) };
    }

    /// <summary>Templates are named relative to the current folder, like the policy files.</summary>
    private static string DisplayName(string file, string display) =>
        file == "template" ? display : DisplayPath.Of(file);
}
