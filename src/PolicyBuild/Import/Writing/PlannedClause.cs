using PolicyBuild.Import.Structure;

namespace PolicyBuild.Import.Writing;

/// <summary>A clause with the id and file it gets.</summary>
/// <param name="Id">Its id, also the slug of its file.</param>
/// <param name="File">e.g. <c>120-staff-should-generally-avoid.md</c>.</param>
/// <param name="Number">Its number in the imported policy (the document's may differ).</param>
/// <param name="Source">What the document says.</param>
internal sealed record PlannedClause(string Id, string File, string Number, ImportedClause Source);
