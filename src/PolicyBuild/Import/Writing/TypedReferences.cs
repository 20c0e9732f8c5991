using System.Text;
using System.Text.RegularExpressions;
using PolicyBuild.Import.Notes;

namespace PolicyBuild.Import.Writing;

/// <summary>
/// Turns references typed as text — "see paragraph 4.7", "clause 5.12", "section 6" — into
/// <c>[](#id)</c> when the number is a section or clause of the document, and reports those it
/// cannot map. "section 2 of the Act" names another document and is left alone.
/// </summary>
internal sealed partial class TypedReferences(ReferenceTargets targets, ImportNotes notes, string file)
{
    /// <summary>Markdown for <paramref name="text"/>: escaped, with the references it resolves as links.</summary>
    public string Convert(string text)
    {
        var markdown = new StringBuilder();
        var last = 0;
        foreach (Match match in Pattern().Matches(text))
        {
            if (Resolve(match) is not { } id)
            {
                continue;
            }

            markdown.Append(MarkdownEscaper.Text(text[last..match.Index])).Append("[](#").Append(id).Append(')');
            last = match.Index + match.Length;
        }

        return markdown.Append(MarkdownEscaper.Text(text[last..])).ToString();
    }

    private string? Resolve(Match match)
    {
        var number = match.Groups["number"].Value;
        if (match.Groups["of"].Success)
        {
            return null;
        }

        if (number.Count(c => c == '.') >= 2)
        {
            notes.Add(file, $"'{match.Value}' refers to a sub-clause, which our format does not have: left as text");
            return null;
        }

        if (match.Groups["plural"].Success)
        {
            notes.Add(file, $"'{match.Value}' refers to several clauses at once: left as text; link each with [](#id) if you want");
            return null;
        }

        var id = targets.ByNumber(number);
        if (id is null)
        {
            notes.Add(file, $"'{match.Value}' does not match a section or clause of the document: left as text");
        }

        return id;
    }

    [GeneratedRegex(@"\b(?:paragraph|para\.?|clause|section)(?<plural>s)?\s+(?<number>\d{1,3}(?:\.\d{1,3})*)(?![\d.]*\d)(?<of>\s+of\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
