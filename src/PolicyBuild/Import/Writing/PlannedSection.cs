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

/// <summary>A clause with the id and file it gets.</summary>
/// <param name="Id">Its id, also the slug of its file.</param>
/// <param name="File">e.g. <c>120-staff-should-generally-avoid.md</c>.</param>
/// <param name="Number">Its number in the imported policy (the document's may differ).</param>
/// <param name="Source">What the document says.</param>
internal sealed record PlannedClause(string Id, string File, string Number, ImportedClause Source);
