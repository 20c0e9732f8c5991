using System.Globalization;
using System.Text.RegularExpressions;
using PolicyBuild.Import.Word;
using PolicyBuild.Layout;

namespace PolicyBuild.Import.Structure;

/// <summary>
/// List markers typed as text at the start of a paragraph: "(a)", "a)", "(iv)", "1.", "•". A hyphen is
/// not one: a sentence may start with it, and a bullet character is what Word users type.
/// A letter list starts at (a) or continues the item before it, so "(i)" after "(h)" is a letter
/// and a lone "(i)" is a roman numeral.
/// </summary>
internal static partial class ListMarkers
{
    public static (ListItem Item, int Length)? Match(string text, ListItem? previous)
    {
        if (Bullet().Match(text) is { Success: true } bullet)
        {
            return (new ListItem(ListStyle.Bullet, 0, 0), bullet.Length);
        }

        var match = Numbered().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var marker = match.Groups["m"].Value;
        var item = Classify(marker, previous);
        return item is null ? null : (item, match.Length);
    }

    private static ListItem? Classify(string marker, ListItem? previous)
    {
        if (int.TryParse(marker, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number == 1 || Continues(previous, ListStyle.Decimal, number) ? new ListItem(ListStyle.Decimal, 0, number) : null;
        }

        var letter = marker.Length == 1 ? marker[0] - 'a' + 1 : 0;
        if (letter > 0 && Continues(previous, ListStyle.LowerLetter, letter))
        {
            return new ListItem(ListStyle.LowerLetter, 0, letter);
        }

        var roman = ListLabels.RomanValue(marker);
        if (roman == 1 || (roman > 0 && Continues(previous, ListStyle.LowerRoman, roman)))
        {
            return new ListItem(ListStyle.LowerRoman, 0, roman);
        }

        return letter == 1 ? new ListItem(ListStyle.LowerLetter, 0, 1) : null;
    }

    private static bool Continues(ListItem? previous, ListStyle style, int ordinal) =>
        previous is not null && previous.Style == style && previous.Ordinal + 1 == ordinal;

    [GeneratedRegex(@"^\s*[\u2022\u00B7\u25AA\u25E6\u2023\u2219][ \t\u00A0]+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s*(?:\((?<m>[a-z]{1,5}|\d{1,2})\)|(?<m>[a-z]{1,5}|\d{1,2})[.)])[ \t\u00A0]+")]
    private static partial Regex Numbered();
}
