using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// What <see cref="RenumberedIndent"/> needs of the paragraph styles (indents and font sizes, each
/// inherited along <c>w:basedOn</c>), read once from the reference document: every document written,
/// on any thread, looks them up here instead of walking a styles tree of its own.
/// </summary>
internal sealed class StyleIndents
{
    private const int DefaultHalfPoints = 22;

    private readonly Dictionary<string, (int Left, int Hanging)> _indents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _halfPoints = new(StringComparer.Ordinal);
    private readonly int _defaultHalfPoints;

    public StyleIndents(Styles styles)
    {
        var byId = styles.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _defaultHalfPoints = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value is { } size
            ? Parse(size)
            : DefaultHalfPoints;
        foreach (var id in byId.Keys)
        {
            if (Chain(byId, id).Select(s => s.StyleParagraphProperties?.Indentation).FirstOrDefault(i => i is not null) is { } indentation)
            {
                _indents[id] = (Parse(indentation.Left?.Value ?? indentation.Start?.Value), Parse(indentation.Hanging?.Value));
            }

            if (Chain(byId, id).Select(s => s.StyleRunProperties?.FontSize?.Val?.Value).FirstOrDefault(v => v is not null) is { } halfPoints)
            {
                _halfPoints[id] = Parse(halfPoints);
            }
        }
    }

    /// <summary>The left indent and hanging indent (twips) of a paragraph style, from the nearest style in its chain that sets them.</summary>
    public (int Left, int Hanging) IndentOf(string styleId) => _indents.GetValueOrDefault(styleId);

    /// <summary>The font size (half-points) of a paragraph style, else the document default.</summary>
    public int FontHalfPoints(string styleId) => _halfPoints.TryGetValue(styleId, out var size) ? size : _defaultHalfPoints;

    /// <summary>The style and those it is based on, nearest first (bounded, in case a reference document loops).</summary>
    private static IEnumerable<Style> Chain(Dictionary<string, Style> byId, string styleId)
    {
        for (var (id, depth) = (styleId, 0); id is not null && depth < 20 && byId.TryGetValue(id, out var style); id = style.BasedOn?.Val?.Value, depth++)
        {
            yield return style;
        }
    }

    private static int Parse(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 0;
}
