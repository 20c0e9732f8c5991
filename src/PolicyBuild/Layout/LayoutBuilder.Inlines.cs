using System.Collections.Immutable;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;
using PolicyBuild.Diagnostics;
using PolicyBuild.Markdown.CrossReferences;

namespace PolicyBuild.Layout;

public sealed partial class LayoutBuilder
{
    private void AddInlines(ContainerInline? container, RunFormat format, string? link,
        ImmutableArray<LayoutRun>.Builder runs, LayoutBuildState state)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            AddInline(inline, format, link, runs, state);
        }
    }

    private void AddInline(Inline inline, RunFormat format, string? link, ImmutableArray<LayoutRun>.Builder runs, LayoutBuildState state)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(new LayoutRun(literal.Content.ToString(), format, Link: link));
                break;
            case EmphasisInline emphasis:
                AddInlines(emphasis, format | EmphasisFormat(emphasis), link, runs, state);
                break;
            case CodeInline code:
                runs.Add(new LayoutRun(code.Content, format | RunFormat.Code, Link: link));
                break;
            case LineBreakInline lineBreak:
                runs.Add(lineBreak.IsHard ? new LayoutRun("\n", format, RunKind.LineBreak, link) : new LayoutRun(" ", format, Link: link));
                break;
            case CrossReferenceInline reference:
                AddCrossReference(reference, format, runs, state);
                break;
            case FootnoteLink { IsBackLink: false } footnote:
                runs.Add(new LayoutRun(state.FootnoteKeys[footnote.Footnote.Label!], Kind: RunKind.FootnoteReference));
                break;
            case LinkInline { IsImage: true } image:
                throw new PolicyBuildException(new SourceLocation(state.SourceName, image.Line + 1, image.Column + 1),
                    "images are not supported in policy text yet; describe the content in words or use a table");
            case LinkInline linkInline:
                var target = linkInline.GetDynamicUrl?.Invoke() ?? linkInline.Url;
                if (!Markdown.LinkTargets.IsSafe(target))
                {
                    // Policy text is checked when loaded; this catches a template's own links.
                    throw new PolicyBuildException(new SourceLocation(state.SourceName, linkInline.Line + 1, linkInline.Column + 1),
                        $"link target '{target}' is refused: {Markdown.LinkTargets.Rule}");
                }

                AddInlines(linkInline, format, target, runs, state);
                if (linkInline.FirstChild is null)
                {
                    runs.Add(new LayoutRun(target ?? string.Empty, format, Link: target));
                }

                break;
            case AutolinkInline autolink:
                var url = autolink.IsEmail ? $"mailto:{autolink.Url}" : autolink.Url;
                if (!Markdown.LinkTargets.IsSafe(url))
                {
                    throw new PolicyBuildException(new SourceLocation(state.SourceName, autolink.Line + 1, autolink.Column + 1),
                        $"link target '{url}' is refused: {Markdown.LinkTargets.Rule}");
                }

                runs.Add(new LayoutRun(autolink.Url, format, Link: url));
                break;
            case HtmlEntityInline entity:
                runs.Add(new LayoutRun(entity.Transcoded.ToString(), format, Link: link));
                break;
            case HtmlInline html:
                runs.Add(new LayoutRun(html.Tag, format, Link: link));
                break;
            case ContainerInline other:
                AddInlines(other, format, link, runs, state);
                break;
        }
    }

    private void AddCrossReference(CrossReferenceInline reference, RunFormat format, ImmutableArray<LayoutRun>.Builder runs, LayoutBuildState state)
    {
        if (!state.References.TryResolve(reference.TargetId, out var target))
        {
            throw new PolicyBuildException(new SourceLocation(state.SourceName, reference.Line + 1, reference.Column + 1),
                $"unknown cross-reference '#{reference.TargetId}'");
        }

        var link = "#" + target.Id;
        if (reference.ShowsNumber)
        {
            // The number is a run of its own so that a redline can show just the number changing.
            runs.Add(new LayoutRun(target.Label + " ", format, Link: link));
            runs.Add(new LayoutRun(target.Number, format, RunKind.ReferenceNumber, link));
        }
        else
        {
            AddInlines(reference, format, link, runs, state);
        }
    }

    private static RunFormat EmphasisFormat(EmphasisInline emphasis) => emphasis.DelimiterChar switch
    {
        '~' => RunFormat.Strikethrough,
        _ when emphasis.DelimiterCount >= 2 => RunFormat.Bold,
        _ => RunFormat.Italic,
    };
}
