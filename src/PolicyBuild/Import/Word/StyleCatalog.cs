using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Import.Word;

/// <summary>
/// Looks up the document's styles, following <c>w:basedOn</c>: names (Word's built-in names such as
/// "heading 1" are the same in every UI language), outline levels, numbering, character formatting.
/// </summary>
internal sealed class StyleCatalog
{
    private const int MaxChain = 16;
    private readonly Dictionary<string, Style> _styles;
    private readonly Styles? _root;

    public StyleCatalog(Styles? styles)
    {
        _root = styles;
        _styles = (styles?.Elements<Style>() ?? []).Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        DefaultParagraphStyle = _styles.Values.FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
    }

    public string? DefaultParagraphStyle { get; }

    /// <summary>The style's name in lower case ("heading 1"), or its id when it has no name.</summary>
    public string NameOf(string styleId) =>
        (_styles.TryGetValue(styleId, out var style) ? style.StyleName?.Val?.Value : null)?.ToLowerInvariant() ?? styleId.ToLowerInvariant();

    public int? OutlineLevel(string styleId) =>
        Chain(styleId).Select(s => s.StyleParagraphProperties?.OutlineLevel?.Val?.Value).FirstOrDefault(v => v is not null);

    /// <summary>The numbering a paragraph style applies (Word's numbered heading styles), if any.</summary>
    public (int NumId, int Level)? Numbering(string styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { } numPr && numPr.NumberingId?.Val?.Value is { } numId)
            {
                return (numId, numPr.NumberingLevelReference?.Val?.Value ?? 0);
            }
        }

        return null;
    }

    /// <summary>Bold, italic and code that a character style gives its runs.</summary>
    public RunFormat CharacterFormat(string styleId)
    {
        var format = RunFormat.None;
        foreach (var style in Chain(styleId).Reverse())
        {
            format = Toggle(format, style.StyleRunProperties?.Bold, RunFormat.Bold);
            format = Toggle(format, style.StyleRunProperties?.Italic, RunFormat.Italic);
        }

        var name = NameOf(styleId);
        if (name.Contains("verbatim", StringComparison.Ordinal) || name.Contains("code", StringComparison.Ordinal))
        {
            format |= RunFormat.Code;
        }

        return name switch
        {
            "strong" => format | RunFormat.Bold,
            "emphasis" => format | RunFormat.Italic,
            _ => format,
        };
    }

    /// <summary>The document language: the default run language, else the default paragraph style's.</summary>
    public string? Language =>
        _root?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Languages?.Val?.Value
        ?? (DefaultParagraphStyle is { } id ? Chain(id).Select(s => s.StyleRunProperties?.Languages?.Val?.Value).FirstOrDefault(v => v is not null) : null);

    /// <summary>True when an on/off property (w:b, w:i) is switched on.</summary>
    public static bool IsOn(OnOffType? property) => property is not null && (property.Val is null || property.Val.Value);

    /// <summary>Sets or clears <paramref name="flag"/> as an on/off property says; unchanged when it is absent.</summary>
    public static RunFormat Toggle(RunFormat format, OnOffType? property, RunFormat flag) =>
        property is null ? format : IsOn(property) ? format | flag : format & ~flag;

    private IEnumerable<Style> Chain(string styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && seen.Count < MaxChain && seen.Add(id) && _styles.TryGetValue(id, out var style); id = style.BasedOn?.Val?.Value)
        {
            yield return style;
        }
    }
}
