using System.Text;

namespace PolicyBuild.Import.Word;

/// <summary>Letters and roman numerals of list items, and reading them back.</summary>
internal static class ListLabels
{
    private static readonly (int Value, string Numeral)[] Numerals =
        [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];

    /// <summary>a, b … z; Markdown lettered lists stop at z, so later items stay z.</summary>
    public static string Letter(int value) => ((char)('a' + Math.Clamp(value, 1, 26) - 1)).ToString();

    public static string Roman(int value)
    {
        var text = new StringBuilder();
        foreach (var (numeral, letters) in Numerals)
        {
            for (; value >= numeral; value -= numeral)
            {
                text.Append(letters);
            }
        }

        return text.ToString();
    }

    /// <summary>The value of a lower-case roman numeral, or 0 when it is not one.</summary>
    public static int RomanValue(string text)
    {
        for (var value = 1; value <= 39; value++)
        {
            if (Roman(value) == text)
            {
                return value;
            }
        }

        return 0;
    }
}
