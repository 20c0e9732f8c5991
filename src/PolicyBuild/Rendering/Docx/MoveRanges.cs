using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>Finds, per move name and side, the first and last paragraph a move range must span.</summary>
internal static class MoveRanges
{
    /// <summary>What happens at one paragraph: a range may start there, end there, or both.</summary>
    /// <param name="Key">The move name plus side, e.g. <c>move3/from</c>.</param>
    /// <param name="StartName">The range's name, when it starts at this paragraph.</param>
    /// <param name="Ends">The range ends at this paragraph.</param>
    /// <param name="IsFrom">A range around the old place (<c>w:moveFrom</c>), else around the new one.</param>
    public sealed record Boundary(string? Key, string? StartName, bool Ends, bool IsFrom);

    public static Dictionary<int, Boundary> Find(IReadOnlyList<LayoutBlock> blocks)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is LayoutParagraph { Mark: { MoveName: { } name } mark })
            {
                var key = $"{name}/{(mark.Kind == RevisionKind.MovedFrom ? "from" : "to")}";
                first.TryAdd(key, i);
                last[key] = i;
            }
        }

        var result = new Dictionary<int, Boundary>();
        foreach (var (key, start) in first)
        {
            var name = key[..key.IndexOf('/')];
            var isFrom = key.EndsWith("/from", StringComparison.Ordinal);
            var end = last[key];
            result[start] = new Boundary(key, name, start == end, isFrom);
            if (end != start)
            {
                result[end] = new Boundary(key, null, true, isFrom);
            }
        }

        return result;
    }
}
