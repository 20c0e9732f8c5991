namespace PolicyBuild.RedlineHarness.Judging;

/// <summary>What the judge found for one pair: nothing (exact), or each broken invariant with where it broke.</summary>
public sealed record Verdict(IReadOnlyList<string> Problems)
{
    public bool Exact => Problems.Count == 0;

    public override string ToString() => Exact ? "exact" : string.Join("\n", Problems);
}
