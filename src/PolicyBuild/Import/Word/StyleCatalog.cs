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
        _styles = (styles?.Elements<Style>() ?? []).Where(s => Lenient.Text(s.StyleId) is not null)
            .GroupBy(s => Lenient.Text(s.StyleId)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        DefaultParagraphStyle = Lenient.Text(_styles.Values.FirstOrDefault(s => Lenient.Is(s.Type, "paragraph") && Lenient.IsOn(s.Default, absent: false))?.StyleId);
    }

    public string? DefaultParagraphStyle { get; }

    /// <summary>The style's name in lower case ("heading 1"), or its id when it has no name.</summary>
    public string NameOf(string styleId) =>
        (_styles.TryGetValue(styleId, out var style) ? Lenient.Text(style.StyleName?.Val) : null)?.ToLowerInvariant() ?? styleId.ToLowerInvariant();

    public int? OutlineLevel(string styleId) =>
        Chain(styleId).Select(s => Lenient.Int(s.StyleParagraphProperties?.OutlineLevel?.Val)).FirstOrDefault(v => v is not null);

    /// <summary>The numbering a paragraph style applies (Word's numbered heading styles), if any.</summary>
    public (int NumId, int Level)? Numbering(string styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { } numPr && Lenient.Int(numPr.NumberingId?.Val) is { } numId)
            {
                return (numId, Lenient.Int(numPr.NumberingLevelReference?.Val) ?? 0);
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
        Lenient.Text(_root?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Languages?.Val)
        ?? (DefaultParagraphStyle is { } id ? Chain(id).Select(s => Lenient.Text(s.StyleRunProperties?.Languages?.Val)).FirstOrDefault(v => v is not null) : null);

    /// <summary>True when an on/off property (w:b, w:i) is switched on.</summary>
    public static bool IsOn(OnOffType? property) => property is not null && Lenient.IsOn(property.Val);

    /// <summary>Sets or clears <paramref name="flag"/> as an on/off property says; unchanged when it is absent.</summary>
    public static RunFormat Toggle(RunFormat format, OnOffType? property, RunFormat flag) =>
        property is null ? format : IsOn(property) ? format | flag : format & ~flag;

    private IEnumerable<Style> Chain(string styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && seen.Count < MaxChain && seen.Add(id) && _styles.TryGetValue(id, out var style); id = Lenient.Text(style.BasedOn?.Val))
        {
            yield return style;
        }
    }
}
