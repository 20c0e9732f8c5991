using System.Collections.Immutable;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Import.Structure;

/// <summary>The document split into what comes before the first section (title block, information table) and the sections.</summary>
internal sealed record ImportedDocument(ImmutableArray<WordBlock> FrontMatter, ImmutableArray<ImportedSection> Sections)
{
    public int ClauseCount => Sections.Sum(s => s.Clauses.Length);
}
