using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Import.Word;

/// <summary>
/// Word's automatic numbering, replayed in document order so each numbered paragraph gets the
/// label Word shows. Lists that share an abstract definition count on together unless a list
/// restarts with a start override, as in Word.
/// </summary>
internal sealed partial class NumberingCatalog(Numbering? numbering)
{
    private readonly Dictionary<string, Dictionary<int, int>> _counters = new(StringComparer.Ordinal);

    /// <summary>Counts the paragraph and returns its numbering; null for "no numbering" (numId 0) or an unknown list.</summary>
    public ParagraphNumbering? Next(int numId, int level)
    {
        var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => Lenient.Int(n.NumberID) == numId);
        var abstractId = Lenient.Int(instance?.AbstractNumId?.Val);
        var definition = numbering?.Elements<AbstractNum>().FirstOrDefault(a => abstractId is not null && Lenient.Int(a.AbstractNumberId) == abstractId);
        if (numId == 0 || instance is null || definition is null)
        {
            return null;
        }

        var overrides = instance.Elements<LevelOverride>().ToList();
        var key = overrides.Any(o => o.StartOverrideNumberingValue is not null) ? $"num{numId}" : $"abstract{abstractId}";
        var counters = _counters.TryGetValue(key, out var existing) ? existing : _counters[key] = [];
        counters[level] = counters.TryGetValue(level, out var count) ? count + 1 : StartOf(definition, overrides, level);
        foreach (var deeper in counters.Keys.Where(k => k > level).ToList())
        {
            counters.Remove(deeper);
        }

        var text = Lenient.Text(LevelOf(definition, overrides, level)?.LevelText?.Val) ?? string.Empty;
        var label = Placeholder().Replace(text, m =>
        {
            var at = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) - 1;
            var value = counters.TryGetValue(at, out var c) ? c : StartOf(definition, overrides, at);
            return Format(StyleOf(LevelOf(definition, overrides, at)), value);
        });
        return new ParagraphNumbering(StyleOf(LevelOf(definition, overrides, level)), level, Placeholder().Count(text), label);
    }

    private static Level? LevelOf(AbstractNum definition, List<LevelOverride> overrides, int level) =>
        overrides.FirstOrDefault(o => Lenient.Int(o.LevelIndex) == level)?.Level
        ?? definition.Elements<Level>().FirstOrDefault(l => Lenient.Int(l.LevelIndex) == level);

    private static int StartOf(AbstractNum definition, List<LevelOverride> overrides, int level) =>
        Lenient.Int(overrides.FirstOrDefault(o => Lenient.Int(o.LevelIndex) == level)?.StartOverrideNumberingValue?.Val)
        ?? Lenient.Int(LevelOf(definition, overrides, level)?.StartNumberingValue?.Val) ?? 1;

    private static ListStyle? StyleOf(Level? level)
    {
        return Lenient.Text(level?.NumberingFormat?.Val) switch
        {
            "bullet" => ListStyle.Bullet,
            "lowerLetter" => ListStyle.LowerLetter,
            "upperLetter" => ListStyle.UpperLetter,
            "lowerRoman" => ListStyle.LowerRoman,
            "upperRoman" => ListStyle.UpperRoman,
            "none" => null,
            _ => ListStyle.Decimal,
        };
    }

    private static string Format(ListStyle? style, int value) => style switch
    {
        ListStyle.LowerLetter => ListLabels.Letter(value),
        ListStyle.UpperLetter => ListLabels.Letter(value).ToUpperInvariant(),
        ListStyle.LowerRoman => ListLabels.Roman(value),
        ListStyle.UpperRoman => ListLabels.Roman(value).ToUpperInvariant(),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    [GeneratedRegex("%([1-9])")]
    private static partial Regex Placeholder();
}
