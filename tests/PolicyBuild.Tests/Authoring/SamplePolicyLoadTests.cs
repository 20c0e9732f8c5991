using PolicyBuild.Authoring;
using PolicyBuild.Markdown;
using PolicyBuild.Markdown.CrossReferences;
using PolicyBuild.Model;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Authoring;

/// <summary>The repository's sample policy and its 2018 baseline load with the structure the council report describes.</summary>
public class SamplePolicyLoadTests
{
    private static Policy Load(string dir) =>
        new PolicyLoader(new PolicyTextChecks(PolicyMarkdown.CreatePipeline())).Load(new DirectoryPolicyTree(dir));

    [Fact]
    public void Sample_policy_has_seven_sections_and_sixty_seven_clauses()
    {
        var policy = Load(RepositoryPaths.SamplePolicy);

        Assert.Equal(7, policy.Sections.Length);
        Assert.Equal(67, policy.Clauses.Count());
        Assert.Equal([4, 4, 7, 9, 17, 16, 10], policy.Sections.Select(s => s.Clauses.Length).ToArray());
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], policy.Sections.Select(s => s.Number).ToArray());
        Assert.Equal("Officers' Social Media Policy", policy.Metadata.Title);
        Assert.Equal(PolicyStatus.Draft, policy.Metadata.Status);
        Assert.Equal("baselines/2018-adopted", policy.Metadata.Baseline?.Spec);
    }

    [Theory]
    [InlineData("5.12", "business-contacts")]
    [InlineData("5.14", "no-investigatory-use-personal")]
    [InlineData("6.10", "abuse-support")]
    [InlineData("6.11", "abuse-reporting")]
    [InlineData("6.13", "no-investigatory-use-corporate")]
    public void Sample_clauses_have_the_numbers_the_report_names(string number, string id)
    {
        var policy = Load(RepositoryPaths.SamplePolicy);

        Assert.Equal(id, policy.Clauses.Single(c => c.Number == number).Id);
        Assert.True(policy.References.TryResolve(id, out var target));
        Assert.Equal(number, target.Number);
    }

    [Fact]
    public void Sample_clause_numbers_follow_numeric_not_alphabetical_file_order()
    {
        var section = Load(RepositoryPaths.SamplePolicy).Sections[4];

        Assert.Equal(("personal-use", "Personal use of social media"), (section.Id, section.Title));
        Assert.Equal("respecting-private-lives", section.Clauses[0].Id);
        Assert.Equal("use-during-working-hours", section.Clauses[1].Id);
        Assert.Equal("leaving-the-council", section.Clauses[^1].Id);
    }

    [Fact]
    public void Sample_baseline_has_eight_sections_and_other_policies_at_4_7()
    {
        var baseline = Load(RepositoryPaths.SampleBaseline);

        Assert.Equal(8, baseline.Sections.Length);
        Assert.Equal("other-policies", baseline.Clauses.Single(c => c.Number == "4.7").Id);
        Assert.Equal("1.0", baseline.Metadata.Version);
        Assert.Equal(PolicyStatus.Adopted, baseline.Metadata.Status);
        Assert.Null(baseline.Metadata.Baseline);
    }

    [Fact]
    public void Sample_section_intros_are_read()
    {
        var policy = Load(RepositoryPaths.SamplePolicy);

        Assert.All(policy.Sections, s => Assert.NotEqual(string.Empty, s.Intro));
        Assert.Equal("This section explains why the Council has this policy and how it is arranged.", policy.Sections[0].Intro);
    }
}
