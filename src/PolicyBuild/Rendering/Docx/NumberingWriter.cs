using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Writes numbering.xml: one abstract definition per list style, and one <c>w:num</c> per list
/// that restarts at 1, so each clause's (a), (b), (c) counts from (a).
/// </summary>
internal static class NumberingWriter
{
    private const int BaseIndent = 1276;
    private const int LevelIndent = 425;
    private const int Hanging = 425;

    public static Numbering Write(NumberingRegistry registry)
    {
        var numbering = new Numbering();
        var styles = registry.Instances.Select(i => i.Style).Distinct().Order().ToList();
        foreach (var style in styles)
        {
            numbering.Append(AbstractFor(style));
        }

        foreach (var (numId, style) in registry.Instances)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = (int)style }) { NumberID = numId };
            for (var level = 0; level < 9; level++)
            {
                instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = level });
            }

            numbering.Append(instance);
        }

        return numbering;
    }

    private static AbstractNum AbstractFor(ListStyle style)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = (int)style };
        for (var level = 0; level < 9; level++)
        {
            var (format, text) = FormatOf(style, level);
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation
                {
                    Left = (BaseIndent + (level * LevelIndent)).ToString(CultureInfo.InvariantCulture),
                    Hanging = Hanging.ToString(CultureInfo.InvariantCulture),
                }))
            { LevelIndex = level });
        }

        return abstractNum;
    }

    private static (NumberFormatValues Format, string Text) FormatOf(ListStyle style, int level)
    {
        var placeholder = $"%{level + 1}";
        return style switch
        {
            ListStyle.Bullet => (NumberFormatValues.Bullet, (level % 3) switch { 0 => "\u2022", 1 => "\u25E6", _ => "\u25AA" }),
            ListStyle.LowerLetter => (NumberFormatValues.LowerLetter, $"({placeholder})"),
            ListStyle.UpperLetter => (NumberFormatValues.UpperLetter, $"({placeholder})"),
            ListStyle.LowerRoman => (NumberFormatValues.LowerRoman, $"({placeholder})"),
            // "I.", as Word numbers upper roman: "(I)" is no house style, and an imported "II." stays "II.".
            ListStyle.UpperRoman => (NumberFormatValues.UpperRoman, $"{placeholder}."),
            _ => (NumberFormatValues.Decimal, $"{placeholder}."),
        };
    }
}
