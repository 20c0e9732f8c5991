using System.Globalization;

namespace PolicyBuild.Import.Writing;

/// <summary>The footnotes of one fragment file: labels 1, 2, 3… in order of first reference, and their definitions.</summary>
internal sealed class FootnoteDefinitions
{
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly List<(string Label, string Markdown)> _definitions = [];

    /// <returns>The label for the note, and whether this is its first reference (so its text must be defined).</returns>
    public (string Label, bool IsNew) Label(string key)
    {
        if (_labels.TryGetValue(key, out var label))
        {
            return (label, false);
        }

        label = (_labels.Count + 1).ToString(CultureInfo.InvariantCulture);
        _labels[key] = label;
        return (label, true);
    }

    public void Define(string label, string markdown) => _definitions.Add((label, markdown));

    /// <summary>The definitions, each <c>[^1]: text</c>, later paragraphs indented to stay in the note.</summary>
    public string Write() => string.Join("\n\n", _definitions.Select(d => $"[^{d.Label}]: " + d.Markdown.Replace("\n\n", "\n\n    ", StringComparison.Ordinal)));
}
