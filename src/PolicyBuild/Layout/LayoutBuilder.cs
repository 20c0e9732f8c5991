using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PolicyBuild.Diagnostics;
using PolicyBuild.Model;

namespace PolicyBuild.Layout;

/// <summary>
/// Turns the Markdown a template produced into a <see cref="LayoutDocument"/>: the one
/// Markdown → document step that every output (clean, marked, report) goes through.
/// Containers <c>::: section {#id number=5}</c> and <c>::: clause {#id number=5.12}</c> make
/// units; <c>::: toc</c> places the contents; <c>{.class}</c> picks a paragraph style.
/// </summary>
public sealed partial class LayoutBuilder(MarkdownPipeline pipeline)
{
    public LayoutDocument Build(string markdown, ReferenceIndex references, DocumentInfo info, string sourceName)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(FootnoteDefinitions.Hoist(markdown), pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.Ordinal))
        {
            // Policy text is checked when loaded; this is a template's own output.
            throw new PolicyBuildException(new SourceLocation(sourceName), "the Markdown is nested too deeply (quotes, lists or emphasis inside one another)");
        }

        var state = new LayoutBuildState(references, sourceName);
        CollectFootnotes(document, state);
        foreach (var block in document)
        {
            AddTopLevel(block, state);
        }

        var blocks = FillTableOfContents(state.Blocks.ToImmutable());
        return new LayoutDocument(info, blocks, state.Footnotes.ToImmutable());
    }

    private void AddTopLevel(Block block, LayoutBuildState state)
    {
        switch (block)
        {
            case CustomContainer container:
                AddContainer(container, state);
                break;
            case FootnoteGroup or LinkReferenceDefinitionGroup:
                break;
            default:
                var id = block.TryGetAttributes()?.Id;
                var key = UnitKeys.Frame(id ?? state.NextFrameName(FrameKind(block)));
                AddBlock(block, BlockContext.Frame(key), state);
                break;
        }
    }

    private void AddContainer(CustomContainer container, LayoutBuildState state)
    {
        var attributes = container.TryGetAttributes();
        // Markdig does not read a one-character '#a' as an id (the whole block is then left unparsed),
        // so our templates write 'id=a'; '#id' still works for longer ids.
        var id = attributes?.Id ?? Property(attributes, "id");
        var number = Property(attributes, "number");
        switch (container.Info)
        {
            case "toc":
                state.Blocks.Add(new LayoutTableOfContents(UnitKeys.Frame(id ?? "toc"), []));
                return;
            case "clause" or "section" when id is null || number is null:
                throw Error(container, $"'::: {container.Info}' needs an id and a number, e.g. '::: {container.Info} {{id=some-id number=5}}'", state);
            case "clause":
                state.PendingLeadIn = new LeadIn(number!, RunKind.ClauseNumber, id!);
                AddChildren(container, new BlockContext(UnitKeys.Clause(id!), StyleIds.Clause, StyleIds.ClauseContinuation), state);
                break;
            case "section":
                state.PendingLeadIn = new LeadIn(number!, RunKind.SectionNumber, id!);
                AddChildren(container, new BlockContext(UnitKeys.Section(id!), StyleIds.BodyText, StyleIds.BodyText), state);
                break;
            default:
                throw Error(container, $"unknown block '::: {container.Info}' (expected clause, section or toc)", state);
        }

        if (state.PendingLeadIn is { Used: false } leadIn)
        {
            // A clause that starts with a list or table still shows its number on a line of its own.
            var unitKey = container.Info == "clause" ? UnitKeys.Clause(id!) : UnitKeys.Section(id!);
            state.Blocks.Insert(state.Blocks.Count - CountTrailing(state, unitKey),
                new LayoutParagraph(unitKey, StyleIds.Clause, [.. leadIn.Take()], Bookmark: leadIn.Bookmark));
        }

        state.PendingLeadIn = null;
    }

    private static string? Property(HtmlAttributes? attributes, string key) =>
        attributes?.Properties?.FirstOrDefault(p => p.Key == key).Value;

    private void AddChildren(ContainerBlock container, BlockContext context, LayoutBuildState state)
    {
        foreach (var child in container)
        {
            AddBlock(child, context, state);
        }
    }

    private void AddBlock(Block block, BlockContext context, LayoutBuildState state)
    {
        switch (block)
        {
            case HeadingBlock heading:
                AddParagraph(heading, HeadingStyle(heading), context, state);
                break;
            case ParagraphBlock paragraph:
                AddParagraph(paragraph, ClassStyle(paragraph) ?? NextStyle(context, state), context, state);
                break;
            case ListBlock list:
                AddList(list, context, state);
                break;
            case Table table:
                state.Blocks.Add(BuildTable(table, context, state));
                break;
            case ThematicBreakBlock:
                state.Blocks.Add(new LayoutPageBreak(context.UnitKey));
                break;
            case QuoteBlock quote:
                AddChildren(quote, context with { ParagraphStyle = StyleIds.Quote, FollowingStyle = StyleIds.Quote }, state);
                break;
            case CodeBlock code:
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    state.Blocks.Add(new LayoutParagraph(context.UnitKey, StyleIds.Code, [new LayoutRun(line.ToString(), RunFormat.Code)]));
                }

                break;
            case FootnoteGroup or LinkReferenceDefinitionGroup or BlankLineBlock:
                break;
            case CustomContainer container:
                throw Error(container, $"'::: {container.Info}' cannot be nested inside another block", state);
            default:
                throw Error(block, $"unsupported Markdown block ({block.GetType().Name}); use paragraphs, lists, tables or headings", state);
        }
    }

    private void AddParagraph(LeafBlock leaf, string style, BlockContext context, LayoutBuildState state)
    {
        var runs = ImmutableArray.CreateBuilder<LayoutRun>();
        string? bookmark = null;
        if (state.PendingLeadIn is { Used: false } leadIn)
        {
            runs.AddRange(leadIn.Take());
            bookmark = leadIn.Bookmark;
        }
        else if (leaf is HeadingBlock && leaf.TryGetAttributes()?.Id is { } headingId)
        {
            bookmark = headingId;
        }

        AddInlines(leaf.Inline, RunFormat.None, null, runs, state);
        state.Blocks.Add(new LayoutParagraph(context.UnitKey, style, RunMerger.Merge(runs), Bookmark: bookmark));
    }

    // The paragraph that takes a clause's number is styled as the clause; later ones continue it.
    private static string NextStyle(BlockContext context, LayoutBuildState state) =>
        state.PendingLeadIn is { Used: false } ? context.ParagraphStyle : context.FollowingStyle;

    private static string HeadingStyle(HeadingBlock heading) => ClassStyle(heading) ?? StyleIds.Heading(heading.Level);

    private static string? ClassStyle(Block block) =>
        block.TryGetAttributes()?.Classes is { Count: > 0 } classes ? StyleIds.FromClass(classes[0]) : null;

    // Title-block lines are keyed by kind and count ("Title#1", "table#1"), so adding a
    // line of one kind does not shift the keys of the others.
    private static string FrameKind(Block block) => block switch
    {
        HeadingBlock heading => HeadingStyle(heading),
        ParagraphBlock paragraph => ClassStyle(paragraph) ?? StyleIds.BodyText,
        Table => "table",
        ListBlock => "list",
        ThematicBreakBlock => "break",
        _ => block.GetType().Name,
    };

    private static int CountTrailing(LayoutBuildState state, string unitKey)
    {
        var count = 0;
        for (var i = state.Blocks.Count - 1; i >= 0 && state.Blocks[i].UnitKey == unitKey; i--)
        {
            count++;
        }

        return count;
    }

    private static PolicyBuildException Error(Block block, string message, LayoutBuildState state) =>
        new(new SourceLocation(state.SourceName, block.Line + 1, block.Column + 1), message);
}
