using System.Collections.Immutable;

namespace PolicyBuild.Model;

/// <summary>A whole policy as loaded from fragments. Knows nothing of Word.</summary>
public sealed record Policy(PolicyMetadata Metadata, ImmutableArray<Section> Sections, string SourceDirectory)
{
    public IEnumerable<Clause> Clauses => Sections.SelectMany(s => s.Clauses);

    /// <summary>Numbers of every section and clause by id, for cross-references.</summary>
    public ReferenceIndex References { get; } = ReferenceIndex.For(Sections);
}
