using System.Text;
using System.Text.RegularExpressions;

namespace PolicyBuild.Import.Word;

/// <summary>
/// One open complex field (w:fldChar begin … separate … end): its instruction while it is being
/// read, then what its result means — a link (HYPERLINK, REF) or the contents (TOC).
/// </summary>
internal sealed partial class FieldState
{
    private readonly StringBuilder _instruction = new();

    /// <summary>True once w:fldChar separate was read: runs are now the field's visible result.</summary>
    public bool InResult { get; private set; }

    public bool IsContents { get; private set; }

    public WordLink? Link { get; private set; }

    public void AddInstruction(string text) => _instruction.Append(text);

    public void Separate()
    {
        InResult = true;
        (IsContents, Link) = Parse(_instruction.ToString());
    }

    /// <summary>What an instruction such as <c>HYPERLINK "url"</c> or <c>REF _Ref12 \r \h</c> means for import.</summary>
    public static (bool IsContents, WordLink? Link) Parse(string instruction)
    {
        var match = Instruction().Match(instruction);
        if (!match.Success)
        {
            return (false, null);
        }

        var argument = match.Groups["argument"].Value.Trim('"');
        return match.Groups["name"].Value.ToUpperInvariant() switch
        {
            "TOC" => (true, null),
            "HYPERLINK" when LocalAnchor().Match(instruction) is { Success: true } local => (false, new WordLink(null, local.Groups[1].Value)),
            "HYPERLINK" when argument.Length > 0 => (false, new WordLink(argument, null)),
            "REF" when argument.Length > 0 => (false, new WordLink(null, argument)),
            _ => (false, null),
        };
    }

    [GeneratedRegex("""^\s*(?<name>[A-Za-z]+)\s*(?<argument>"[^"]*"|\S+)?""")]
    private static partial Regex Instruction();

    [GeneratedRegex("""\\l\s+"([^"]+)"|\\l\s+(\S+)""")]
    private static partial Regex LocalAnchor();
}
