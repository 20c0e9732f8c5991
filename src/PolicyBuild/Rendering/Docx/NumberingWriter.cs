using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Writes numbering.xml: one <c>w:num</c> per list, each with an abstract definition of its own
/// (its list style's levels) and restarting at 1, so each clause's (a), (b), (c) counts from (a).
/// Lists sharing one abstract definition would restart only through their first paragraph in
/// LibreOffice 25.2: once a view removes that paragraph's mark (a removed first item joining the
/// next), the list continues its predecessor's count, "(d)" for "(a)" (pinned by
/// LibreOfficeRedlineLimitTests). A definition of its own has nothing to continue.
/// </summary>
internal static class NumberingWriter
{
    private const int BaseIndent = 1276;
    private const int LevelIndent = 425;
    private const int Hanging = 425;

    public static Numbering Write(NumberingRegistry registry)
    {
        var numbering = new Numbering();
        var instances = registry.Instances.ToList();
        foreach (var (numId, style) in instances)
        {
            numbering.Append(AbstractFor(style, numId));
        }

        foreach (var (numId, _) in instances)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = numId }) { NumberID = numId };
            for (var level = 0; level < 9; level++)
            {
                instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = level });
            }

            numbering.Append(instance);
        }

        return numbering;
    }

    private static AbstractNum AbstractFor(ListStyle style, int abstractId)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = abstractId };
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
            ListStyle.LowerLetterParen => (NumberFormatValues.LowerLetter, $"{placeholder})"),
            ListStyle.UpperLetter => (NumberFormatValues.UpperLetter, $"({placeholder})"),
            ListStyle.LowerRoman => (NumberFormatValues.LowerRoman, $"({placeholder})"),
            // "I.", as Word numbers upper roman: "(I)" is no house style, and an imported "II." stays "II.".
            ListStyle.UpperRoman => (NumberFormatValues.UpperRoman, $"{placeholder}."),
            _ => (NumberFormatValues.Decimal, $"{placeholder}."),
        };
    }
}
