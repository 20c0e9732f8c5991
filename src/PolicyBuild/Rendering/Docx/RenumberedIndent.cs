using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Keeps a renumbered clause's text in line. Its number column holds the old number, struck through,
/// and the new one; both do not fit the column, so its tab would jump to the next stop. Instead the
/// first line starts further left, into the margin, by the old number's width: the new number stands
/// where every other number stands and the text keeps its indent.
/// </summary>
internal sealed class RenumberedIndent(Styles styles)
{
    private readonly Lazy<Dictionary<string, Style>> _byId = new(() => styles.Elements<Style>()
        .Where(s => s.StyleId?.Value is not null)
        .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    /// <summary>
    /// Space after a deleted number (twentieths of a point), so the old and new numbers read apart: wide enough
    /// in the number column for the change bar to fall between them, narrower inside a sentence.
    /// </summary>
    public static int GapAfter(RunKind kind) => kind == RunKind.ReferenceNumber ? 80 : 240;

    private const int DefaultHalfPoints = 22;

    public static bool IsNumber(RunKind kind) => kind is RunKind.ClauseNumber or RunKind.SectionNumber or RunKind.ReferenceNumber;

    /// <summary>The indentation for a paragraph that starts with a deleted number and then an inserted one; else null.</summary>
    public Indentation? For(LayoutParagraph paragraph)
    {
        var runs = paragraph.Runs;
        if (runs.Length < 2
            || runs[0].Kind is not (RunKind.ClauseNumber or RunKind.SectionNumber) || runs[0].Revision?.RemovesContent != true
            || runs[1].Kind != runs[0].Kind || runs[1].Revision?.Kind is not (RevisionKind.Inserted or RevisionKind.MovedTo))
        {
            return null;
        }

        var (left, hanging) = IndentOf(paragraph.StyleId);
        if (hanging <= 0)
        {
            return null;
        }

        var width = TextWidth(runs[0].Text, FontHalfPoints(paragraph.StyleId)) + GapAfter(runs[0].Kind);
        return new Indentation { Left = Twips(left), Hanging = Twips(hanging + width) };
    }

    /// <summary>Width in twips, with the digit and full-stop widths of Arial and Liberation Sans (bold alike).</summary>
    private static int TextWidth(string text, int halfPoints)
    {
        var ems = text.Sum(c => c switch { >= '0' and <= '9' => 0.556, '.' => 0.278, _ => 0.611 });
        return (int)Math.Ceiling(ems * halfPoints * 10);
    }

    private (int Left, int Hanging) IndentOf(string styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.StyleParagraphProperties?.Indentation is { } indentation)
            {
                return (Parse(indentation.Left?.Value ?? indentation.Start?.Value), Parse(indentation.Hanging?.Value));
            }
        }

        return (0, 0);
    }

    private int FontHalfPoints(string styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.StyleRunProperties?.FontSize?.Val?.Value is { } size)
            {
                return Parse(size);
            }
        }

        return styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value is { } defaultSize
            ? Parse(defaultSize)
            : DefaultHalfPoints;
    }

    /// <summary>The style and those it is based on, nearest first (bounded, in case a reference document loops).</summary>
    private IEnumerable<Style> Chain(string styleId)
    {
        var byId = _byId.Value;
        for (var (id, depth) = (styleId, 0); id is not null && depth < 20 && byId.TryGetValue(id, out var style); id = style.BasedOn?.Val?.Value, depth++)
        {
            yield return style;
        }
    }

    private static int Parse(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 0;

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
