using System.Text.RegularExpressions;

namespace PolicyBuild.Import.Structure;

/// <summary>Numbers typed at the start of a paragraph: "5 Personal use", "5. Personal use", "5.12 Staff…", "5.12\tStaff…", "5.1.1 …".</summary>
internal static partial class NumberPrefix
{
    /// <summary>A section number such as "5", "5." or "Section 5:"; null when the text does not start with one.</summary>
    public static (string Number, int Length)? Section(string text) => Match(SectionPattern(), text);

    /// <summary>A clause number of two parts such as "5.12"; not "5.12.1".</summary>
    public static (string Number, int Length)? Clause(string text) => Match(ClausePattern(), text);

    /// <summary>A number of three or more parts such as "5.1.1": a sub-clause.</summary>
    public static (string Number, int Length)? SubClause(string text) => Match(SubClausePattern(), text);

    /// <summary>The first number of a label such as "5." or "Section 5"; null when there is none.</summary>
    public static string? FirstNumber(string label) => Digits().Match(label) is { Success: true } m ? m.Value.TrimStart('0').PadLeft(1, '0') : null;

    /// <summary>"5.12" from a numbering label such as "5.12." or "5.12)".</summary>
    public static string? ClauseOf(string label) => TwoParts().Match(label) is { Success: true } m ? m.Value : null;

    private static (string Number, int Length)? Match(Regex pattern, string text) =>
        pattern.Match(text) is { Success: true } match ? (match.Groups["n"].Value, match.Length) : null;

    [GeneratedRegex(@"^\s*(?:(?:section|part)\s+)?(?<n>\d{1,2})(?:\.|:|\s*[-\u2013\u2014])?(?:[ \t\u00A0]+|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SectionPattern();

    [GeneratedRegex(@"^\s*(?<n>\d{1,3}\.\d{1,3})\.?(?:[ \t\u00A0]+|$)")]
    private static partial Regex ClausePattern();

    [GeneratedRegex(@"^\s*(?<n>\d{1,3}(?:\.\d{1,3}){2,})\.?(?:[ \t\u00A0]+|$)")]
    private static partial Regex SubClausePattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\d+\.\d+")]
    private static partial Regex TwoParts();
}
