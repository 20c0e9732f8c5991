using System.Collections.Immutable;
using CsCheck;
using PolicyBuild.RedlineHarness.Editing;
using PolicyBuild.RedlineHarness.Model;

namespace PolicyBuild.RedlineHarness.Generation;

/// <summary>A generated baseline, the edit script over it, and the draft the script makes.</summary>
public sealed record GenPair(GenPolicy Baseline, ImmutableArray<Edit> Edits, GenPolicy Draft, ImmutableSortedSet<EditKind> Applied)
{
    /// <summary>The shape of the pair for the soak's tally: the kinds of edit applied.</summary>
    public string Shape => Applied.IsEmpty ? "no-edit" : string.Join('+', Applied);

    public override string ToString() => $"{Shape}: {string.Join(", ", Edits)}";
}

/// <summary>Pairs: a random policy and one to four random edits.</summary>
public static class PairGen
{
    private static readonly Gen<Edit> Edit = Gen.Select(
        Gen.Enum<EditKind>(), Gen.Int[0, 99], Gen.Int[0, 99], Gen.Int[0, 99], PolicyGen.Paragraph, PolicyGen.Block, PolicyGen.Phrase,
        (kind, a, b, c, paragraph, block, phrase) => new Edit(kind, a, b, c, paragraph, block, phrase));

    public static readonly Gen<GenPair> Pair = Gen.Select(PolicyGen.Policy, Edit.Array[1, 4], (baseline, edits) =>
    {
        var (draft, applied) = PolicyEditor.Apply(baseline, edits);
        return new GenPair(baseline, [.. edits], draft, applied);
    });

    /// <summary>The pair a seed number stands for: the same number always gives the same pair.</summary>
    public static GenPair FromSeed(ulong seed) => Pair.Generate(new PCG(1, seed), null!, out _);
}
