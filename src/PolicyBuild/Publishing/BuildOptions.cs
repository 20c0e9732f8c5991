namespace PolicyBuild.Publishing;

/// <summary>What one <c>build</c> run was asked for.</summary>
/// <param name="Baseline">A folder or git revision; overrides policy.yml's <c>baseline</c>.</param>
public sealed record BuildOptions(string OutputRoot, string? Baseline = null, string? Author = null, DateTimeOffset? Date = null);
