using System.Collections.Immutable;
using PolicyBuild.Import.Notes;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Import.Structure;

/// <summary>A section while the document is being walked.</summary>
/// <param name="number">Its number in the document (or counted).</param>
/// <param name="numberGuessed">True when the heading carried no number, so it was counted.</param>
/// <param name="title">The heading without its number.</param>
/// <param name="bookmarks">Bookmarks in the heading.</param>
internal sealed class SectionDraft(string number, bool numberGuessed, string title, IEnumerable<string> bookmarks)
{
    public string Number { get; private set; } = number;

    public List<ClauseDraft> Clauses { get; } = [];

    private List<WordBlock> Intro { get; } = [];

    private List<string> Bookmarks { get; } = [.. bookmarks];

    /// <summary>Where body content goes: the open clause, else the section's intro.</summary>
    public List<WordBlock> Current => Clauses.Count > 0 ? Clauses[^1].Body : Intro;

    /// <summary>The list item just before, to continue a typed (a), (b) list.</summary>
    public ListItem? LastItem => Current.Count > 0 && Current[^1] is WordParagraph { Item: { } item } ? item : null;

    /// <summary>Whether a typed clause number such as "5.12" belongs here; a counted section adopts the first one it sees.</summary>
    public bool Accepts(string clauseNumber)
    {
        var prefix = clauseNumber[..clauseNumber.IndexOf('.')];
        if (numberGuessed && Clauses.Count == 0)
        {
            Number = prefix;
            numberGuessed = false;
        }

        return prefix == Number;
    }

    public void AddBookmarks(IEnumerable<string> names) => (Clauses.Count > 0 ? Clauses[^1].Bookmarks : Bookmarks).AddRange(names);

    public ImportedSection ToSection(ImportNotes notes)
    {
        var name = title.Length > 0 ? title : $"Section {Number}";
        if (title.Length == 0)
        {
            notes.Add(null, $"section {Number}: its heading has no title; called '{name}', rename it");
        }

        var intro = Intro.Where(b => b is WordTable || (b is WordParagraph p && !p.IsEmpty)).ToImmutableArray();
        var clauses = Clauses.Select(c => c.ToClause(notes)).OfType<ImportedClause>().ToImmutableArray();
        if (clauses.IsEmpty && !intro.IsEmpty)
        {
            notes.Add(null, $"section {Number}: it has no numbered clauses; its text was imported as the section's introduction");
        }

        return new ImportedSection(Number, name, intro, clauses, [.. Bookmarks]);
    }
}
