using System.Collections.Immutable;
using PolicyBuild.Model;

namespace PolicyBuild.Layout;

/// <summary>The small mutable state of one layout build: blocks so far, counters, footnotes.</summary>
internal sealed class LayoutBuildState(ReferenceIndex references, string sourceName)
{
    private readonly Dictionary<string, int> _listsPerUnit = new(StringComparer.Ordinal);

    public ReferenceIndex References { get; } = references;

    public string SourceName { get; } = sourceName;

    public ImmutableArray<LayoutBlock>.Builder Blocks { get; } = ImmutableArray.CreateBuilder<LayoutBlock>();

    public ImmutableArray<LayoutFootnote>.Builder Footnotes { get; } = ImmutableArray.CreateBuilder<LayoutFootnote>();

    /// <summary>Footnote label → key, where the key changes when the footnote's text does.</summary>
    public Dictionary<string, string> FootnoteKeys { get; } = new(StringComparer.Ordinal);

    private readonly Dictionary<string, int> _framesPerKind = new(StringComparer.Ordinal);

    /// <summary>The next name for a title-block line of a kind: <c>Title#1</c>, <c>table#2</c>.</summary>
    public string NextFrameName(string kind)
    {
        _framesPerKind.TryGetValue(kind, out var count);
        _framesPerKind[kind] = count + 1;
        return $"{kind}#{count + 1}";
    }

    public LeadIn? PendingLeadIn { get; set; }

    /// <summary>A key for a new list, stable per unit so the same list matches across versions.</summary>
    public string NextListKey(string unitKey)
    {
        _listsPerUnit.TryGetValue(unitKey, out var count);
        _listsPerUnit[unitKey] = count + 1;
        return $"{unitKey}/list{count + 1}";
    }
}

/// <summary>Where a block sits while the layout is built: its unit and the style its paragraphs take.</summary>
internal sealed record BlockContext(string UnitKey, string ParagraphStyle, string FollowingStyle, int ListDepth = 0)
{
    public static BlockContext Frame(string unitKey) => new(unitKey, StyleIds.BodyText, StyleIds.BodyText);
}
