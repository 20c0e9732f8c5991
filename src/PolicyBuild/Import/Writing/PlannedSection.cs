using System.Collections.Immutable;
using PolicyBuild.Import.Structure;

namespace PolicyBuild.Import.Writing;

/// <summary>A section with the id and folder it gets, and its clauses.</summary>
/// <param name="Id">Its id, also the slug of its folder.</param>
/// <param name="Folder">e.g. <c>50-personal-use</c>.</param>
/// <param name="Number">Its number in the imported policy.</param>
/// <param name="Source">What the document says.</param>
/// <param name="Clauses">Its clauses, planned.</param>
internal sealed record PlannedSection(string Id, string Folder, string Number, ImportedSection Source, ImmutableArray<PlannedClause> Clauses);
