using System.Collections.Immutable;
using Markdig.Syntax;

namespace PolicyBuild.Layout;

public sealed partial class LayoutBuilder
{
    private void AddList(ListBlock list, BlockContext context, LayoutBuildState state)
    {
        var marker = new ListMarker(ListStyleOf(list), context.ListDepth, state.NextListKey(context.UnitKey));
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = true;
            foreach (var child in item)
            {
                if (child is ParagraphBlock paragraph)
                {
                    var runs = ImmutableArray.CreateBuilder<LayoutRun>();
                    if (state.PendingLeadIn is { Used: false } leadIn)
                    {
                        // A list cannot carry the clause number: give it its own paragraph first.
                        state.Blocks.Add(new LayoutParagraph(context.UnitKey, StyleIds.Clause, [.. leadIn.Take()], Bookmark: leadIn.Bookmark));
                    }

                    AddInlines(paragraph.Inline, RunFormat.None, null, runs, state);
                    state.Blocks.Add(new LayoutParagraph(context.UnitKey, StyleIds.ListParagraph, RunMerger.Merge(runs),
                        List: first ? marker : null));
                    first = false;
                }
                else
                {
                    AddBlock(child, context with { ListDepth = context.ListDepth + 1 }, state);
                }
            }
        }
    }

    private static ListStyle ListStyleOf(ListBlock list)
    {
        if (!list.IsOrdered)
        {
            return ListStyle.Bullet;
        }

        return list.BulletType switch
        {
            'a' => ListStyle.LowerLetter,
            'A' => ListStyle.UpperLetter,
            'i' => ListStyle.LowerRoman,
            'I' => ListStyle.UpperRoman,
            _ => ListStyle.Decimal,
        };
    }
}
