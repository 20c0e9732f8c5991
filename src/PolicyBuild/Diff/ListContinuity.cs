using PolicyBuild.Layout;

namespace PolicyBuild.Diff;

/// <summary>
/// Keeps each baseline list one list in the rejected view of a matched unit. The marked document
/// numbers its paragraphs as the draft does, so when an edit splits a list (a table or paragraph
/// put between its items) or joins two, the matched items would count in the draft's lists after
/// reject-all too: "(a)" where the baseline reads "(c)". Each baseline list gets one list instance
/// for the rejected view, the draft list its first matched item is in when no other baseline list
/// took that one first; its matched items record it as their old numbering (<c>w:pPrChange</c>) where
/// it differs from their own, and its deleted items are numbered in it.
/// </summary>
internal static class ListContinuity
{
    /// <param name="output">The unit's marked blocks.</param>
    /// <param name="origins">For each, the baseline block it comes from: the same block for a deleted one, null for an inserted one.</param>
    public static List<LayoutBlock> InRejectedView(List<LayoutBlock> output, List<LayoutBlock?> origins)
    {
        var rejectedKeys = RejectedKeys(output, origins);
        for (var i = 0; i < output.Count; i++)
        {
            if (output[i] is not LayoutParagraph paragraph || origins[i] is not LayoutParagraph { List: { } list } origin
                || !rejectedKeys.TryGetValue(list.InstanceKey, out var key) || key == list.InstanceKey && paragraph.Mark is not null)
            {
                continue;
            }

            var oldList = list with { InstanceKey = key };
            if (paragraph.Mark?.RemovesContent == true)
            {
                output[i] = paragraph with { List = oldList };
            }
            else if ((paragraph.OldStyleId ?? paragraph.StyleId, paragraph.OldStyleId is null ? paragraph.List : paragraph.OldList) != (origin.StyleId, oldList))
            {
                output[i] = paragraph with { OldStyleId = origin.StyleId, OldList = oldList };
            }
        }

        return output;
    }

    // Baseline list key -> the list instance its items are in once every change is rejected.
    private static Dictionary<string, string> RejectedKeys(List<LayoutBlock> output, List<LayoutBlock?> origins)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < output.Count; i++)
        {
            if (output[i] is not LayoutParagraph { Mark: null } paragraph || origins[i] is not LayoutParagraph { List: { } list } || keys.ContainsKey(list.InstanceKey))
            {
                continue;
            }

            var key = paragraph.List is { } now && now.Style == list.Style && !taken.Contains(now.InstanceKey)
                ? now.InstanceKey
                : list.InstanceKey + "@baseline";
            keys[list.InstanceKey] = key;
            taken.Add(key);
        }

        return keys;
    }
}
