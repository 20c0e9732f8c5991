using System.Collections.Immutable;
using PolicyBuild.Import.Notes;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Import.Structure;

/// <summary>A clause while the document is being walked: content is added until the next clause or section.</summary>
internal sealed class ClauseDraft(string number, string? title, IEnumerable<string> bookmarks)
{
    public string Number { get; } = number;

    public List<WordBlock> Body { get; } = [];

    public List<string> Bookmarks { get; } = [.. bookmarks];

    /// <summary>Null when the clause has no content (a number on its own).</summary>
    public ImportedClause? ToClause(ImportNotes notes)
    {
        var body = Body.Where(b => b is WordTable || (b is WordParagraph p && !p.IsEmpty)).ToImmutableArray();
        if (body.IsEmpty && title is null)
        {
            notes.Add(null, $"clause {Number}: it has no text; not imported");
            return null;
        }

        // A title with no body would be an empty clause: the title becomes the text.
        return body.IsEmpty
            ? new ImportedClause(Number, null, [new WordParagraph(ParagraphRole.Body, [new WordRun(title!)], null, [])], [.. Bookmarks])
            : new ImportedClause(Number, title, body, [.. Bookmarks]);
    }
}
