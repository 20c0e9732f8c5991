namespace PolicyBuild.Import.Word;

/// <summary>
/// Superscript and subscript text as the Unicode characters that show it (km³, H₂O): our Markdown has
/// no raised or lowered text, and these characters need none. Null when a character has no such form.
/// </summary>
internal static class ScriptText
{
    private const string Plain = "0123456789+-=()";
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";

    public static string? Raised(string text) => Map(text, Superscripts, ("n", "ⁿ"), ("i", "ⁱ"));

    public static string? Lowered(string text) => Map(text, Subscripts);

    private static string? Map(string text, string forms, params (string Plain, string Form)[] letters)
    {
        var result = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var at = Plain.IndexOf(text[i], StringComparison.Ordinal);
            var letter = letters.FirstOrDefault(l => l.Plain[0] == text[i]).Form;
            if (at < 0 && letter is null && !char.IsWhiteSpace(text[i]))
            {
                return null;
            }

            result[i] = at >= 0 ? forms[at] : letter?[0] ?? text[i];
        }

        return new string(result);
    }
}
