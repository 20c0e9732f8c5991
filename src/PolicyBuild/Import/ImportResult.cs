using System.Collections.Immutable;
using PolicyBuild.Import.Notes;

namespace PolicyBuild.Import;

/// <summary>What an import wrote, and what the author must check.</summary>
/// <param name="Target">The policy folder written.</param>
/// <param name="Files">The files written, relative to <paramref name="Target"/> with '/'.</param>
/// <param name="Sections">How many sections were imported.</param>
/// <param name="Clauses">How many clauses were imported.</param>
/// <param name="Notes">Everything that could not be mapped or was guessed.</param>
public sealed record ImportResult(string Target, ImmutableArray<string> Files, int Sections, int Clauses, ImmutableArray<ImportNote> Notes);
