using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Markdown;
using PolicyBuild.Markdown.CrossReferences;
using PolicyBuild.Model;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Authoring;

/// <summary>Well-formed fragment folders: numbering, ids, cross-references, intros and metadata.</summary>
public class PolicyLoaderTests
{
    [Fact]
    public void Clauses_are_numbered_from_prefixes_with_gaps_and_decimals()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction").WriteTo(temp.Path);
        var section = Path.Combine(dir, "10-intro");
        File.WriteAllText(Path.Combine(section, "25.5-fourth.md"), "Fourth.\n");
        File.WriteAllText(Path.Combine(section, "20-second.md"), "Second.\n");
        File.WriteAllText(Path.Combine(section, "10-first.md"), "First.\n");
        File.WriteAllText(Path.Combine(section, "25-third.md"), "Third.\n");
        File.WriteAllText(Path.Combine(section, "100-fifth.md"), "Fifth.\n");

        var policy = Load(dir);

        Assert.Equal(
            [("first", "1.1", "First."), ("second", "1.2", "Second."), ("third", "1.3", "Third."), ("fourth", "1.4", "Fourth."), ("fifth", "1.5", "Fifth.")],
            policy.Clauses.Select(c => (c.Id, c.Number, c.Body)).ToArray());
    }

    [Fact]
    public void Sections_are_numbered_from_folder_prefixes_and_ignore_reserved_and_hidden_folders()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "Purpose."))
            .Section("scope", "Scope", ("who", "Everyone."))
            .WriteTo(temp.Path);
        Directory.Move(Path.Combine(dir, "20-scope"), Path.Combine(dir, "7-scope"));
        Directory.CreateDirectory(Path.Combine(dir, "baselines", "old"));
        Directory.CreateDirectory(Path.Combine(dir, "reports"));
        Directory.CreateDirectory(Path.Combine(dir, ".git"));
        File.WriteAllText(Path.Combine(dir, "10-intro", "notes.txt"), "not a clause");
        File.WriteAllText(Path.Combine(dir, "10-intro", ".draft.md"), "hidden");

        var policy = Load(dir);

        Assert.Equal([("scope", "1", "Scope"), ("intro", "2", "Introduction")], policy.Sections.Select(s => (s.Id, s.Number, s.Title)).ToArray());
        Assert.Equal([("who", "1.1"), ("purpose", "2.1")], policy.Clauses.Select(c => (c.Id, c.Number)).ToArray());
    }

    [Fact]
    public void Front_matter_id_overrides_the_slug_and_title_is_read()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "---\nid: why-we-have-this-policy\ntitle: Why we have this policy\n---\nBecause."))
            .WriteTo(temp.Path);

        var clause = Assert.Single(Load(dir).Clauses);

        Assert.Equal("why-we-have-this-policy", clause.Id);
        Assert.Equal("Why we have this policy", clause.Title);
        Assert.Equal("Because.", clause.Body);
        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "10-purpose.md"), 5, 1), clause.BodyLocation);
    }

    [Fact]
    public void Front_matter_id_on_a_section_overrides_its_folder_slug()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "See [](#about)."))
            .WriteTo(temp.Path);
        File.WriteAllText(Path.Combine(dir, "10-intro", "_section.md"), "---\nid: about\n---\n# About this policy\n");

        var policy = Load(dir);

        var section = Assert.Single(policy.Sections);
        Assert.Equal(("about", "About this policy"), (section.Id, section.Title));
        Assert.True(policy.References.TryResolve("about", out var target));
        Assert.Equal(ReferenceKind.Section, target.Kind);
        Assert.False(policy.References.TryResolve("intro", out _));
    }

    [Fact]
    public void Cross_references_with_and_without_text_resolve_to_current_numbers()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "See [](#contacts) and [the scope section](#scope)."))
            .Section("scope", "Scope", ("who", "Everyone."), ("business-contacts", "---\nid: contacts\n---\nContacts, as in [](#purpose)."))
            .WriteTo(temp.Path);

        var policy = Load(dir);

        Assert.True(policy.References.TryResolve("contacts", out var clause));
        Assert.Equal((ReferenceKind.Clause, "2.2"), (clause.Kind, clause.Number));
        Assert.True(policy.References.TryResolve("scope", out var section));
        Assert.Equal((ReferenceKind.Section, "2"), (section.Kind, section.Number));
        Assert.True(policy.References.TryResolve("purpose", out var purpose));
        Assert.Equal("1.1", purpose.Number);
    }

    [Fact]
    public void A_reference_to_a_slug_replaced_by_an_explicit_id_does_not_resolve()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "---\nid: aims\n---\nAims."), ("other", "See [](#purpose)."))
            .WriteTo(temp.Path);

        var exception = Assert.Throws<PolicyBuildException>(() => Load(dir));

        var error = Assert.Single(exception.Diagnostics);
        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "20-other.md"), 1, 5), error.Location);
    }

    [Fact]
    public void Section_intro_is_the_text_after_the_heading()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "Purpose.")).WriteTo(temp.Path);
        File.WriteAllText(Path.Combine(dir, "10-intro", "_section.md"),
            "\n# Introduction  \n\n\nThis section explains [](#purpose).\n\nIt has two paragraphs.\n\n");

        var section = Assert.Single(Load(dir).Sections);

        Assert.Equal("Introduction", section.Title);
        Assert.Equal("This section explains [](#purpose).\n\nIt has two paragraphs.", section.Intro);
    }

    [Fact]
    public void Section_without_intro_has_an_empty_intro()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "Purpose.")).WriteTo(temp.Path);

        var section = Assert.Single(Load(dir).Sections);

        Assert.Equal(string.Empty, section.Intro);
        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "_section.md")), section.Location);
    }

    [Fact]
    public void Clause_body_is_trimmed_and_located_after_front_matter_and_blank_lines()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "---\ntitle: Purpose\n---\n\n\nFirst line.\nSecond line.\n\n"))
            .WriteTo(temp.Path);

        var clause = Assert.Single(Load(dir).Clauses);

        Assert.Equal("First line.\nSecond line.", clause.Body);
        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "10-purpose.md"), 6, 1), clause.BodyLocation);
    }

    [Fact]
    public void Windows_line_endings_load_like_unix_ones()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .WithMetadata(TestPolicy.Metadata().Replace("\n", "\r\n"))
            .Section("intro", "Introduction", ("purpose", "---\r\ntitle: Purpose\r\n---\r\nFirst line.\r\nSecond line."))
            .WriteTo(temp.Path);

        var clause = Assert.Single(Load(dir).Clauses);

        Assert.Equal(("Purpose", "First line.\nSecond line."), (clause.Title, clause.Body));
        Assert.Equal(4, clause.BodyLocation.Line);
    }

    [Fact]
    public void Metadata_is_read_from_policy_yml()
    {
        using var temp = new TempDirectory();
        var extra = "baseline: v1\nrevisions:\n  author: Jo Bloggs\n  date: 2021-06-21\nappendix-title: Appendix B";
        var dir = new TestPolicy()
            .WithMetadata(TestPolicy.Metadata(version: "2.1", status: "draft", cycle: "every three years", extra: extra))
            .Section("intro", "Introduction", ("purpose", "Purpose."))
            .WriteTo(temp.Path);

        var m = Load(dir).Metadata;

        Assert.Equal(("Test Policy", "test-policy", "2.1", PolicyStatus.Draft), (m.Title, m.ShortName, m.Version, m.Status));
        Assert.Equal(new PolicyOwner("Corporate Services", "Head of Service"), m.Owner);
        Assert.Equal(new PolicyAdoption("Test Committee", new DateOnly(2020, 1, 15)), m.Adoption);
        Assert.Equal(new PolicyReview("every three years", new DateOnly(2021, 1, 15)), m.Review);
        Assert.Equal("en-GB", m.Language);
        Assert.Equal(new BaselineReference("v1", new SourceLocation(Path.Combine(dir, "policy.yml"), 15, 11)), m.Baseline);
        Assert.Equal(new RevisionInfo("Jo Bloggs", new DateTimeOffset(2021, 6, 21, 0, 0, 0, TimeSpan.Zero)), m.Revisions);
        Assert.Equal("Appendix B", m.AppendixTitle);
    }

    [Fact]
    public void Optional_metadata_defaults_when_absent()
    {
        using var temp = new TempDirectory();
        var yaml = TestPolicy.Metadata().Replace("language: en-GB\n", string.Empty);
        var dir = new TestPolicy().WithMetadata(yaml).Section("intro", "Introduction", ("purpose", "Purpose.")).WriteTo(temp.Path);

        var m = Load(dir).Metadata;

        Assert.Equal(("en-GB", PolicyStatus.Adopted), (m.Language, m.Status));
        Assert.Null(m.Baseline);
        Assert.Null(m.Revisions);
        Assert.Null(m.AppendixTitle);
    }

    [Fact]
    public void Source_directory_is_the_tree_display_root()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "Purpose.")).WriteTo(temp.Path);

        var policy = new PolicyLoader(new PolicyTextChecks(PolicyMarkdown.CreatePipeline())).Load(new DirectoryPolicyTree(dir, "policy-src/test"));

        Assert.Equal("policy-src/test", policy.SourceDirectory);
        Assert.Equal("policy-src/test/10-intro/10-purpose.md", policy.Clauses.Single().BodyLocation.File);
    }

    private static Policy Load(string dir) =>
        new PolicyLoader(new PolicyTextChecks(PolicyMarkdown.CreatePipeline())).Load(new DirectoryPolicyTree(dir));
}
