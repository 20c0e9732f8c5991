using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Diff;

/// <summary>A named baseline/draft pair exercising one kind of change.</summary>
public sealed record RedlineCase(string Name, TestPolicy Baseline, TestPolicy Draft)
{
    public override string ToString() => Name;

    /// <summary>Writes both versions under <paramref name="root"/> and returns their folders.</summary>
    public (string Baseline, string Draft) WriteTo(string root) =>
        (Baseline.WriteTo(Path.Combine(root, Name, "baseline")), Draft.WriteTo(Path.Combine(root, Name, "draft")));
}
