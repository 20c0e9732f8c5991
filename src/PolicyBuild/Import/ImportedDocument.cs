using System.Collections.Immutable;

namespace PolicyBuild.Import;

/// <summary>The document split into what comes before the first section (title block, information table) and the sections.</summary>
internal sealed record ImportedDocument(ImmutableArray<WordBlock> FrontMatter, ImmutableArray<ImportedSection> Sections)
{
    public int ClauseCount => Sections.Sum(s => s.Clauses.Length);
}
