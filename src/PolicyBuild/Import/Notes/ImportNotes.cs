using System.Collections.Immutable;

namespace PolicyBuild.Import.Notes;

/// <summary>Collects the notes of one import, in the order found, each once.</summary>
internal sealed class ImportNotes
{
    private readonly List<ImportNote> _items = [];

    /// <param name="file">Relative to the policy folder; null for the Word document.</param>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="line">The line of the file.</param>
    public void Add(string? file, string message, int line = 1)
    {
        var note = new ImportNote(file, message, line);
        if (!_items.Contains(note))
        {
            _items.Add(note);
        }
    }

    public ImmutableArray<ImportNote> ToImmutable() => [.. _items];
}

/// <summary>Something the import could not map, or had to guess: the author checks these after importing.</summary>
/// <param name="File">The file it concerns, relative to the policy folder with '/' (e.g. <c>policy.yml</c>); null for the Word document itself.</param>
/// <param name="Message">What happened and what to do about it.</param>
/// <param name="Line">The line of <paramref name="File"/> it concerns.</param>
public sealed record ImportNote(string? File, string Message, int Line = 1)
{
    public override string ToString() => $"{File ?? "document"}: {Message}";
}
