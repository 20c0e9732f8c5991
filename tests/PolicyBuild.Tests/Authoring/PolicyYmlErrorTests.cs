using PolicyBuild.Diagnostics;
using PolicyBuild.Tests.TestSupport;
using static PolicyBuild.Tests.Authoring.PolicyLoaderErrorTests;

namespace PolicyBuild.Tests.Authoring;

/// <summary>Every mistake in policy.yml is a located error: broken YAML, unknown, missing or duplicate keys, bad values.</summary>
public class PolicyYmlErrorTests
{
    [Fact]
    public void Broken_yaml_in_policy_yml_is_an_error_at_its_line()
    {
        using var temp = new TempDirectory();
        var yaml = TestPolicy.Metadata().Replace("  role: Head of Service", "     role: Head of Service");
        var dir = OneClause().WithMetadata(yaml).WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(Path.Combine(dir, "policy.yml"), error.Location.File);
        Assert.Equal(5, error.Location.Line);
        Assert.StartsWith("invalid YAML: ", error.Message);
        Assert.Matches($@"^{Regex(dir)}/policy\.yml:5:\d+: error: invalid YAML: ", error.ToString());
    }

    [Fact]
    public void Unknown_key_in_policy_yml_is_a_located_error()
    {
        using var temp = new TempDirectory();
        var yaml = TestPolicy.Metadata().Replace("review:", "reveiw:");
        var dir = OneClause().WithMetadata(yaml).WriteTo(temp.Path);

        var errors = LoadErrors(dir);

        var unknown = Assert.Single(errors, e => e.Message.Contains("'reveiw'", StringComparison.Ordinal));
        Assert.Equal(new SourceLocation(Path.Combine(dir, "policy.yml"), 11, 1), unknown.Location);
        Assert.StartsWith("unknown key 'reveiw' (expected one of: ", unknown.Message);
        Assert.Contains("review", unknown.Message.Replace("reveiw", string.Empty, StringComparison.Ordinal));
        Assert.Equal($"{dir}/policy.yml:11:1: error: {unknown.Message}", unknown.ToString());

        // The real key is then missing, and says so.
        Assert.Contains(errors, e => e.Message == "missing required key 'review'");
    }

    [Fact]
    public void Unknown_key_inside_a_nested_mapping_is_located_at_the_key()
    {
        using var temp = new TempDirectory();
        var yaml = TestPolicy.Metadata().Replace("  cycle: annually", "  cycle: annually\n  nxt: 2021-01-15");
        var dir = OneClause().WithMetadata(yaml).WriteTo(temp.Path);

        var unknown = Assert.Single(LoadErrors(dir), e => e.Message.StartsWith("unknown key", StringComparison.Ordinal));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "policy.yml"), 13, 3), unknown.Location);
        Assert.Equal("unknown key 'nxt' (expected one of: cycle, next)", unknown.Message);
    }

    [Fact]
    public void Missing_required_key_is_reported_by_name()
    {
        using var temp = new TempDirectory();
        var yaml = TestPolicy.Metadata().Replace("title: Test Policy\n", string.Empty);
        var dir = OneClause().WithMetadata(yaml).WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "policy.yml"), 1, 1), error.Location);
        Assert.Equal("missing required key 'title'", error.Message);
    }

    [Fact]
    public void Missing_required_nested_key_is_located_at_its_mapping()
    {
        using var temp = new TempDirectory();
        var yaml = TestPolicy.Metadata().Replace("  role: Head of Service\n", string.Empty);
        var dir = OneClause().WithMetadata(yaml).WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "policy.yml"), 4, 3), error.Location);
        Assert.Equal("missing required key 'role'", error.Message);
    }

    [Fact]
    public void Bad_status_value_is_located_at_the_value()
    {
        using var temp = new TempDirectory();
        var dir = OneClause().WithMetadata(TestPolicy.Metadata(status: "adoptd")).WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "policy.yml"), 7, 9), error.Location);
        Assert.Equal("'status' must be 'draft' or 'adopted', not 'adoptd'", error.Message);
    }

    [Theory]
    [InlineData("2020-02-30")]
    [InlineData("15/01/2020")]
    [InlineData("2020-1-15")]
    public void Bad_date_is_located_at_the_value(string date)
    {
        using var temp = new TempDirectory();
        var yaml = TestPolicy.Metadata().Replace("  date: 2020-01-15", $"  date: {date}");
        var dir = OneClause().WithMetadata(yaml).WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "policy.yml"), 10, 9), error.Location);
        Assert.Equal($"'date' must be a date written YYYY-MM-DD, not '{date}'", error.Message);
    }

    [Fact]
    public void Duplicate_key_in_policy_yml_is_a_located_error()
    {
        using var temp = new TempDirectory();
        var yaml = TestPolicy.Metadata().Replace("language: en-GB", "language: en-GB\ntitle: Another Title");
        var dir = OneClause().WithMetadata(yaml).WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(Path.Combine(dir, "policy.yml"), error.Location.File);
        Assert.Equal(15, error.Location.Line);
        Assert.Contains("invalid YAML", error.Message);
    }

    [Theory]
    [InlineData("- title: Test Policy\n")]
    [InlineData("Just a sentence.\n")]
    [InlineData("")]
    public void Policy_yml_that_is_not_a_mapping_is_an_error(string yaml)
    {
        using var temp = new TempDirectory();
        var dir = OneClause().WithMetadata(yaml).WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "policy.yml")), error.Location);
        Assert.Equal("expected a YAML mapping of 'key: value' lines", error.Message);
    }

    [Fact]
    public void Mapping_where_a_single_value_is_expected_is_located_at_the_value()
    {
        using var temp = new TempDirectory();
        var yaml = TestPolicy.Metadata().Replace("version: \"1.0\"", "version:\n  major: 1");
        var dir = OneClause().WithMetadata(yaml).WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "policy.yml"), 7, 3), error.Location);
        Assert.Equal("'version' must be a single value", error.Message);
    }

    [Fact]
    public void Missing_policy_yml_is_an_error()
    {
        using var temp = new TempDirectory();
        var dir = OneClause().WriteTo(temp.Path);
        File.Delete(Path.Combine(dir, "policy.yml"));

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "policy.yml")), error.Location);
        Assert.StartsWith("missing policy.yml", error.Message);
    }
}
