namespace PolicyBuild.Rendering.Html;

/// <summary>Numbers footnotes in order of first reference, as Word does, and names their ids.</summary>
internal sealed class HtmlFootnotes(HtmlIds ids)
{
    private readonly List<HtmlFootnote> _used = [];
    private readonly Dictionary<string, HtmlFootnote> _byKey = new(StringComparer.Ordinal);
    private string? _headingId;

    /// <summary>The footnotes referenced so far, by number. Grows while footnote texts are written.</summary>
    public IReadOnlyList<HtmlFootnote> Used => _used;

    /// <summary>The id of the footnotes heading, which every reference is described by.</summary>
    public string HeadingId => _headingId ??= ids.Unique("footnotes-label");

    /// <summary>Records a reference to the footnote with this key; returns the note and the reference's own id.</summary>
    public (HtmlFootnote Note, string ReferenceId) Reference(string key)
    {
        if (!_byKey.TryGetValue(key, out var note))
        {
            var number = _used.Count + 1;
            note = new HtmlFootnote(key, number, ids.Unique($"fn-{number}"), []);
            _byKey[key] = note;
            _used.Add(note);
        }

        // A second reference to the same note needs an id of its own for its back link.
        var referenceId = ids.Unique(note.ReferenceIds.Count == 0 ? $"fnref-{note.Number}" : $"fnref-{note.Number}-{note.ReferenceIds.Count + 1}");
        note.ReferenceIds.Add(referenceId);
        return (note, referenceId);
    }
}

/// <summary>A footnote as the page numbers it: by first use, with the id of every reference to it.</summary>
internal sealed record HtmlFootnote(string Key, int Number, string Id, List<string> ReferenceIds);
