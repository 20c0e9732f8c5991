using PolicyBuild.Diff;
using PolicyBuild.Model;

namespace PolicyBuild.Publishing;

/// <summary>Everything built for one policy, still in memory.</summary>
public sealed record PolicyBuildResult(Policy Policy, IReadOnlyList<OutputFile> Outputs, ChangeSet? Changes);
