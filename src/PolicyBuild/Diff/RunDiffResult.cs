using System.Collections.Immutable;
using PolicyBuild.Layout;

namespace PolicyBuild.Diff;

/// <summary>The merged runs of a changed paragraph, and how many words came and went.</summary>
internal sealed record RunDiffResult(ImmutableArray<LayoutRun> Runs, int WordsInserted, int WordsDeleted, bool HasChanges);
