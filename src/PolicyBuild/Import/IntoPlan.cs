using System.Collections.Immutable;
using PolicyBuild.Import.Writing;

namespace PolicyBuild.Import;

/// <summary>What <c>import --into</c> will do to the existing policy.</summary>
/// <param name="Sections">The policy as the document has it, with kept ids and files.</param>
/// <param name="Matches">Per planned clause path: how it was matched.</param>
/// <param name="Moves">Kept clauses and sections whose file or folder gets another name or place: old path → new path.</param>
/// <param name="Removed">Files of the existing policy the document no longer has.</param>
internal sealed record IntoPlan(
    ImmutableArray<PlannedSection> Sections,
    ImmutableDictionary<string, ClauseMatch> Matches,
    ImmutableArray<(string From, string To)> Moves,
    ImmutableArray<string> Removed);
