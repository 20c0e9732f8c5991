using System.Collections.Immutable;
using PolicyBuild.Import.Notes;

namespace PolicyBuild.Import;

/// <summary>What an import wrote, and what the author must check.</summary>
/// <param name="Target">The policy folder written.</param>
/// <param name="Files">The files written, relative to <paramref name="Target"/> with '/'.</param>
/// <param name="Sections">How many sections were imported.</param>
/// <param name="Clauses">How many clauses were imported.</param>
/// <param name="Notes">Everything that could not be mapped or was guessed.</param>
/// <param name="Into">For <c>import --into</c>: the matches made and what changed in the folder.</param>
public sealed record ImportResult(string Target, ImmutableArray<string> Files, int Sections, int Clauses, ImmutableArray<ImportNote> Notes, IntoReport? Into = null);

/// <summary>What <c>import --into</c> matched and changed.</summary>
/// <param name="Matches">One line per clause of the document: kept (with how alike), new; then the removed ones.</param>
/// <param name="Changes">Files written, moved and removed.</param>
/// <param name="Baseline">The <c>baseline:</c> added to policy.yml (the previous state), or null when it had one.</param>
public sealed record IntoReport(ImmutableArray<string> Matches, IntoChanges Changes, string? Baseline);
