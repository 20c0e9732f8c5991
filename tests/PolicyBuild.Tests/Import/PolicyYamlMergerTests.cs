using PolicyBuild.Import;
using PolicyBuild.Import.Metadata;

namespace PolicyBuild.Tests.Import;

/// <summary>policy.yml edited in place by <c>import --into</c>: found values replace old ones where they are written, the rest stays byte for byte.</summary>
public class PolicyYamlMergerTests
{
    private const string Existing = """
        title: Old title   # as adopted
        short-name: waste
        owner: { service: Environment, role: Head of Waste }
        version: "1.0"  # not found in the document: fill it in
        status: adopted
        adoption:
          committee: Cabinet
          date: 2020-01-01
        review:
          cycle: annually
          next: 2021-01-01
        revisions: { author: Waste Manager, date: 2021-03-01 }

        """;

    [Fact]
    public void Found_values_replace_old_ones_in_place_and_guesses_change_nothing()
    {
        var merged = PolicyYamlMerger.Merge(Existing, Metadata(), baseline: "baselines/version-1-0");

        Assert.Equal("""
            title: "Waste Collection Policy"   # as adopted
            short-name: waste
            owner: { service: Environment, role: "Head of Waste Services" }
            version: "2.0"
            status: adopted
            adoption:
              committee: Cabinet
              date: 2020-01-01
            review:
              cycle: annually
              next: 2021-01-01
            revisions: { author: Waste Manager, date: 2021-03-01 }
            baseline: "baselines/version-1-0"   # the version before 'import --into'

            """, merged);
    }

    [Fact]
    public void A_baseline_already_named_is_kept()
    {
        var merged = PolicyYamlMerger.Merge(Existing + "baseline: v1.0\n", Metadata(), baseline: "baselines/other");

        Assert.EndsWith("baseline: v1.0\n", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("baselines/other", merged);
    }

    private static ImportedMetadata Metadata()
    {
        static MetadataValue<string> Guess(string value) => new(value, "placeholder");
        return new ImportedMetadata(
            MetadataValue<string>.Found("Waste Collection Policy"), "waste", Guess("To be confirmed"), MetadataValue<string>.Found("Head of Waste Services"),
            MetadataValue<string>.Found("2.0"), Guess("adopted"), Guess("To be confirmed"), new(new DateOnly(2000, 1, 1), "placeholder"),
            Guess("every three years"), new(new DateOnly(2003, 1, 1), "guess"), Guess("en-GB"));
    }
}
