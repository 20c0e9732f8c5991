using System.Text.RegularExpressions;

namespace PolicyBuild.Import.Metadata;

/// <summary>
/// "Label: value" facts found around the policy text: rows of the document information table,
/// "Version: 2.0" lines, and the phrases PolicyBuild's own draft notice and footer write
/// ("Version 2.0 – Adopted by …, 7 July 2021 – next review …"). First found wins.
/// </summary>
internal sealed partial class LabelledValues
{
    private readonly List<(string Label, string Value)> _values = [];

    /// <summary>Adds a label and value; true when the label is one that feeds policy.yml.</summary>
    public bool Add(string label, string value)
    {
        var key = Normalize(label);
        if (key.Length == 0 || value.Trim().Length == 0)
        {
            return false;
        }

        _values.Add((key, value.Trim()));
        return MetadataLabels.IsKnown(key);
    }

    /// <summary>Reads the facts a line of text states; true when it stated any that feed policy.yml.</summary>
    public bool AddLine(string text)
    {
        var found = false;
        if (DraftNotice().Match(text) is { Success: true } notice)
        {
            found = Add("status", "Draft") | Add("to be considered by", notice.Groups["committee"].Value) | Add("meeting date", notice.Groups["date"].Value);
        }

        foreach (var part in Separator().Split(text))
        {
            found |= AddPart(part.Trim());
        }

        return found;
    }

    public string? Get(params string[] labels) =>
        _values.Where(v => labels.Contains(v.Label, StringComparer.Ordinal)).Select(v => v.Value).FirstOrDefault();

    private bool AddPart(string part)
    {
        if (part.Equals("DRAFT", StringComparison.Ordinal))
        {
            return Add("status", "Draft");
        }

        if (FooterStatus().Match(part) is { Success: true } status)
        {
            var adopted = status.Groups["kind"].Value.StartsWith("Adopted", StringComparison.OrdinalIgnoreCase);
            return Add("status", adopted ? "Adopted" : "Draft") | Add(adopted ? "adopted by" : "to be considered by", status.Groups["committee"].Value)
                | Add(adopted ? "adopted on" : "meeting date", status.Groups["date"].Value);
        }

        var match = Labelled().Match(part);
        return match.Success && Add(match.Groups["label"].Value, match.Groups["value"].Value);
    }

    private static string Normalize(string label) =>
        Blanks().Replace(label.Trim().TrimEnd(':').Trim().ToLowerInvariant(), " ");

    [GeneratedRegex(@"^DRAFT for consideration by (?:the )?(?<committee>.+?) on (?<date>.+)$")]
    private static partial Regex DraftNotice();

    [GeneratedRegex(@"\s+[\u2013\u2014|]\s+|\t+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?<kind>Draft for|Adopted by)\s+(?<committee>.+),\s*(?<date>\d{1,2}\s+\w+\s+\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex FooterStatus();

    // "Version: 2.0", "Owner - Head of HR", and our footer's "Version 2.0" and "next review 31 July 2024".
    [GeneratedRegex(@"^(?<label>[A-Za-z][A-Za-z ]{1,30}?)\s*:\s*(?<value>.+)$|^(?<label>Version)\s+(?<value>\S+)$|^(?<label>next review)\s+(?<value>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();
}
