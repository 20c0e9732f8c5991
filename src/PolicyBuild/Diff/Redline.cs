using System.Collections.Immutable;
using PolicyBuild.Layout;

namespace PolicyBuild.Diff;

/// <summary>The marked document (the draft with every difference as a revision) and what happened to each unit.</summary>
public sealed record Redline(LayoutDocument Document, ImmutableArray<UnitOutcome> Outcomes);
