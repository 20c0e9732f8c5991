using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Publishing;

/// <summary>One policy's outputs ready to write, in order: manifest.json, when there is one, comes last.</summary>
public sealed record PublishedPolicy(PolicyBuildResult Result, IReadOnlyList<OutputFile> Outputs);
