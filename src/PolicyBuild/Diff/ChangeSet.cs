using System.Collections.Immutable;

namespace PolicyBuild.Diff;

/// <summary>
/// The change model: what changed between the baseline and the draft, clause by clause, in
/// terms a committee report uses. Written as <c>changes.json</c>; the report template reads it.
/// </summary>
public sealed record ChangeSet(
    string Policy,
    string BaselineVersion,
    string DraftVersion,
    ImmutableArray<ClauseChange> Clauses,
    ImmutableArray<SectionChange> Sections,
    ImmutableArray<MetadataChange> Metadata,
    ImmutableArray<SummaryLine> Summary)
{
    public int Count(ChangeKind kind) => Clauses.Count(c => c.Kind == kind);
}

/// <param name="Kind">What happened to the clause: added, removed, amended, moved, renumbered or retitled.</param>
/// <param name="Id">The clause's id, which matched it across the versions.</param>
/// <param name="OldNumber">Its number in the baseline; null when it was added.</param>
/// <param name="NewNumber">Its number in the draft; null when it was removed.</param>
/// <param name="Section">The title of the section the clause is in (the draft's, or the baseline's when removed).</param>
/// <param name="Excerpt">The clause title, or its first words, so a reader can tell clauses apart.</param>
/// <param name="WordsInserted">How many words the redline marks inserted in the clause.</param>
/// <param name="WordsDeleted">How many words the redline marks deleted from it.</param>
/// <param name="Note">The author's change note (<c>note:</c> in the clause's front matter), if any.</param>
public sealed record ClauseChange(
    ChangeKind Kind,
    string Id,
    string? OldNumber,
    string? NewNumber,
    string Section,
    string Excerpt,
    int WordsInserted,
    int WordsDeleted,
    string? Note = null);

public sealed record SectionChange(ChangeKind Kind, string Id, string? OldNumber, string? NewNumber, string? OldTitle, string? NewTitle);

public sealed record MetadataChange(string Field, string Old, string New);

/// <summary>One line of the summary a person would write, e.g. "Addition of 5.14 and 6.13".</summary>
public sealed record SummaryLine(string Kind, string Text, ImmutableArray<string> Numbers);
