using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using PolicyBuild.Authoring;

namespace PolicyBuild.Tests.Authoring;

/// <summary>File and folder names read as <c>NN-slug</c>: the parser agrees with the naming rule's own groups on any name.</summary>
public sealed class FragmentNameTests
{
    // The rule as written in the authoring format: order, a dash, the slug.
    private static readonly Regex Rule = new(@"^(?<order>\d+(\.\d+)?)-(?<slug>[a-z0-9]+(-[a-z0-9]+)*)$", RegexOptions.CultureInvariant);

    // Names near the rule (its pieces, shuffled and broken) and anything at all from the characters that matter.
    private static readonly Gen<string> Names = Gen.OneOf(
        Gen.String[Gen.Char["0123456789.-abz9\nA _"], 0, 16],
        Gen.Select(Gen.Int[0, 400], Gen.Int[0, 99], Gen.Bool, Gen.String[Gen.Char["abz09-"], 0, 10], Gen.String[Gen.Char["\n -.A"], 0, 2],
            (order, part, decimals, slug, junk) => $"{order}{(decimals ? $".{part}" : "")}-{slug}{junk}"));

    [Fact]
    public void ParsesEveryNameAsTheRuleDoes()
    {
        Names.Sample(name =>
        {
            var match = Rule.Match(name);
            var parsed = FragmentName.TryParse(name, out var fragment);
            Assert.Equal(match.Success, parsed);
            if (parsed)
            {
                Assert.Equal(match.Groups["order"].Value, fragment.Prefix);
                Assert.Equal(match.Groups["slug"].Value, fragment.Slug);
                Assert.Equal(decimal.Parse(match.Groups["order"].Value, CultureInfo.InvariantCulture), fragment.Order);
            }
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("10-scope", "10", "scope")]
    [InlineData("25.5-data-retention", "25.5", "data-retention")]
    [InlineData("007-a", "007", "a")]
    public void ReadsOrderAndSlug(string name, string prefix, string slug)
    {
        Assert.True(FragmentName.TryParse(name, out var fragment));
        Assert.Equal((prefix, slug), (fragment.Prefix, fragment.Slug));
    }

    [Theory]
    [InlineData("scope")]
    [InlineData("10_scope")]
    [InlineData("10-Scope")]
    [InlineData("10--scope")]
    [InlineData("10.-scope")]
    [InlineData("-scope")]
    public void RejectsOtherNames(string name) => Assert.False(FragmentName.TryParse(name, out _));
}
