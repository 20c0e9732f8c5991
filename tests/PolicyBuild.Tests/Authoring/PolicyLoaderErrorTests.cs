using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Markdown;
using PolicyBuild.Markdown.CrossReferences;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Authoring;

/// <summary>
/// Every mistake an author can make in the fragment folders is a located error
/// (<c>file:line:column: error: message</c>), and one run reports all of them. Mistakes in
/// policy.yml: <see cref="PolicyYmlErrorTests"/>.
/// </summary>
public class PolicyLoaderErrorTests
{
    internal static TestPolicy OneClause(string text = "The clause text.") =>
        new TestPolicy().Section("intro", "Introduction", ("purpose", text));

    [Fact]
    public void Unknown_key_in_clause_front_matter_is_located_in_the_clause_file()
    {
        using var temp = new TempDirectory();
        var dir = OneClause("---\ntitle: Purpose\ntitel: Purpose\n---\nThe clause text.").WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "10-purpose.md"), 3, 1), error.Location);
        Assert.Equal("unknown key 'titel' (expected one of: id, note, title)", error.Message);
    }

    [Fact]
    public void Broken_yaml_in_front_matter_is_located_at_its_file_line()
    {
        using var temp = new TempDirectory();
        var dir = OneClause("---\ntitle: Purpose\n  id: bad: indent\n---\nThe clause text.").WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(Path.Combine(dir, "10-intro", "10-purpose.md"), error.Location.File);
        Assert.Equal(3, error.Location.Line);
        Assert.StartsWith("invalid YAML: ", error.Message);
    }

    [Fact]
    public void Invalid_explicit_id_is_located_at_the_id()
    {
        using var temp = new TempDirectory();
        var dir = OneClause("---\ntitle: Purpose\nid: Business_Contacts\n---\nThe clause text.").WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "10-purpose.md"), 3, 5), error.Location);
        Assert.StartsWith("id 'Business_Contacts' must be lowercase letters, digits and hyphens", error.Message);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        using var temp = new TempDirectory();
        var dir = OneClause("---\ntitle: Purpose\n\nThe clause text.").WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "10-purpose.md"), 1, 1), error.Location);
        Assert.Equal("front matter is not closed: add a line '---' after it", error.Message);
    }

    [Fact]
    public void Duplicate_slug_in_two_sections_is_located_at_the_second_file()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "First."))
            .Section("scope", "Scope", ("other", "Other."), ("purpose", "Second."))
            .WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "20-scope", "20-purpose.md")), error.Location);
        Assert.Equal($"duplicate id 'purpose': already used by {Path.Combine(dir, "10-intro", "10-purpose.md")}; ids must be unique within a policy", error.Message);
    }

    [Fact]
    public void Explicit_id_clashing_with_a_slug_is_located_at_the_id_of_the_second_file()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "First."), ("aims", "---\ntitle: Aims\nid: purpose\n---\nSecond."))
            .WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "20-aims.md"), 3, 5), error.Location);
        Assert.StartsWith($"duplicate id 'purpose': already used by {Path.Combine(dir, "10-intro", "10-purpose.md")}", error.Message);
    }

    [Fact]
    public void Clause_id_clashing_with_a_section_id_is_an_error()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .Section("scope", "Scope", ("scope", "Text."))
            .WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-scope", "10-scope.md")), error.Location);
        Assert.StartsWith($"duplicate id 'scope': already used by {Path.Combine(dir, "10-scope", "_section.md")}", error.Message);
    }

    [Fact]
    public void Unknown_cross_reference_is_located_at_the_link_counting_front_matter_lines()
    {
        using var temp = new TempDirectory();
        var text = "---\ntitle: Purpose\n---\nFirst paragraph.\n\nSee the rules in [](#nope) for more.";
        var dir = OneClause(text).WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        // Line 6 of the file (3 front matter lines, 2 body lines before it); '[' is the 18th character.
        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "10-purpose.md"), 6, 18), error.Location);
        Assert.StartsWith("unknown cross-reference '#nope': no section or clause has that id", error.Message);
        Assert.Equal($"{dir}/10-intro/10-purpose.md:6:18: error: {error.Message}", error.ToString());
    }

    [Fact]
    public void Unknown_cross_reference_after_blank_lines_and_inside_a_list_is_located_exactly()
    {
        using var temp = new TempDirectory();
        var text = "---\nid: purpose\n---\n\n\nStaff must:\n\na. read [the rules](#rules); and\nb. follow [](#purpose) and\n   then [](#nope).";
        var dir = OneClause(text).WriteTo(temp.Path);

        var errors = LoadErrors(dir);

        var file = Path.Combine(dir, "10-intro", "10-purpose.md");
        Assert.Equal(
            [new SourceLocation(file, 8, 9), new SourceLocation(file, 10, 9)],
            errors.Select(e => e.Location).ToArray());
        Assert.Contains("'#rules'", errors[0].Message);
        Assert.Contains("'#nope'", errors[1].Message);
    }

    [Fact]
    public void Unknown_cross_reference_on_an_indented_first_line_counts_the_indent()
    {
        using var temp = new TempDirectory();
        var dir = OneClause("\n   See [](#nope) and\n   [](#gone).").WriteTo(temp.Path);
        File.WriteAllText(Path.Combine(dir, "10-intro", "_section.md"), "# Introduction\n\n  This section explains [](#none).\n");

        var errors = LoadErrors(dir);

        Assert.Equal(
            [
                new SourceLocation(Path.Combine(dir, "10-intro", "_section.md"), 3, 25),
                new SourceLocation(Path.Combine(dir, "10-intro", "10-purpose.md"), 2, 8),
                new SourceLocation(Path.Combine(dir, "10-intro", "10-purpose.md"), 3, 4),
            ],
            errors.Select(e => e.Location).ToArray());
    }

    [Fact]
    public void Unknown_cross_reference_suggests_a_close_id()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .Section("intro", "Introduction", ("business-contacts", "Text."), ("other", "See [](#business)."))
            .WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "20-other.md"), 1, 5), error.Location);
        Assert.EndsWith("(did you mean '#business-contacts'?)", error.Message);
    }

    [Fact]
    public void Unknown_cross_reference_in_a_section_intro_is_located_in_the_section_file()
    {
        using var temp = new TempDirectory();
        var dir = OneClause().WriteTo(temp.Path);
        File.WriteAllText(Path.Combine(dir, "10-intro", "_section.md"), "# Introduction\n\nThis section explains [](#nope).\n");

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "_section.md"), 3, 23), error.Location);
        Assert.StartsWith("unknown cross-reference '#nope'", error.Message);
    }

    [Fact]
    public void Clause_file_name_without_numeric_prefix_is_an_error()
    {
        using var temp = new TempDirectory();
        var dir = OneClause().WriteTo(temp.Path);
        File.WriteAllText(Path.Combine(dir, "10-intro", "Scope Notes.md"), "Text.\n");

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "Scope Notes.md")), error.Location);
        Assert.Equal("clause file 'Scope Notes.md' must be named NN-slug.md (e.g. 10-scope-notes.md)", error.Message);
    }

    [Fact]
    public void Section_folder_without_numeric_prefix_is_an_error()
    {
        using var temp = new TempDirectory();
        var dir = OneClause().WriteTo(temp.Path);
        Directory.CreateDirectory(Path.Combine(dir, "appendix"));

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "appendix")), error.Location);
        Assert.StartsWith("folder 'appendix' is not a section: name it NN-slug (e.g. 80-appendix)", error.Message);
    }

    [Fact]
    public void Two_clause_files_with_the_same_numeric_prefix_are_an_error()
    {
        using var temp = new TempDirectory();
        var dir = OneClause().WriteTo(temp.Path);
        File.WriteAllText(Path.Combine(dir, "10-intro", "10.0-aims.md"), "Aims.\n");

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "10-purpose.md")), error.Location);
        Assert.Equal("10-purpose.md, 10.0-aims.md share the prefix 10: order would be ambiguous; give one another number", error.Message);
    }

    [Fact]
    public void Two_section_folders_with_the_same_numeric_prefix_are_an_error()
    {
        using var temp = new TempDirectory();
        var dir = OneClause().WriteTo(temp.Path);
        Directory.CreateDirectory(Path.Combine(dir, "10-scope"));
        File.WriteAllText(Path.Combine(dir, "10-scope", "_section.md"), "# Scope\n");
        File.WriteAllText(Path.Combine(dir, "10-scope", "10-who.md"), "Everyone.\n");

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro")), error.Location);
        Assert.Equal("10-intro, 10-scope share the prefix 10: order would be ambiguous; give one another number", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n")]
    [InlineData("---\ntitle: Nothing yet\n---\n\n")]
    public void Empty_clause_is_an_error(string text)
    {
        using var temp = new TempDirectory();
        var dir = OneClause().WriteTo(temp.Path);
        File.WriteAllText(Path.Combine(dir, "10-intro", "20-empty.md"), text);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "20-empty.md")), error.Location);
        Assert.Equal("the clause is empty: write its text, or delete the file", error.Message);
    }

    [Fact]
    public void Section_folder_without_section_file_is_an_error()
    {
        using var temp = new TempDirectory();
        var dir = OneClause().WriteTo(temp.Path);
        File.Delete(Path.Combine(dir, "10-intro", "_section.md"));

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro")), error.Location);
        Assert.Equal("section folder has no _section.md: add one starting with '# Section title'", error.Message);
    }

    [Theory]
    [InlineData("Introduction\n", 1)]
    [InlineData("#Introduction\n", 1)]
    [InlineData("\n\n## Introduction\n", 3)]
    [InlineData("---\nid: intro\n---\n\nIntroduction\n", 5)]
    [InlineData("", 1)]
    public void Section_file_not_starting_with_a_heading_is_an_error_at_its_first_line(string text, int line)
    {
        using var temp = new TempDirectory();
        var dir = OneClause().WriteTo(temp.Path);
        File.WriteAllText(Path.Combine(dir, "10-intro", "_section.md"), text);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "_section.md"), line, 1), error.Location);
        Assert.Equal("a section file must start with a heading line '# Section title'", error.Message);
    }

    [Theory]
    [InlineData("This policy sets out the rules.\n\n## Detail\n\nMore rules.", 3, 1)]
    [InlineData("---\ntitle: Purpose\n---\n# Purpose\n\nText.", 4, 1)]
    public void A_heading_inside_a_clause_is_an_error_at_its_line_saying_what_to_do_instead(string text, int line, int column)
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", text)).WriteTo(temp.Path);

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(new SourceLocation(Path.Combine(dir, "10-intro", "10-purpose.md"), line, column), error.Location);
        Assert.StartsWith("a heading inside a clause", error.Message);
        Assert.Contains("'title:' in its front matter", error.Message);
    }

    [Fact]
    public void A_thematic_break_or_a_list_is_not_taken_for_a_heading()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy().Section("intro", "Introduction", ("purpose", "Staff must:\n\n- read this;\n- follow it.\n\n---\n\nMore rules.")).WriteTo(temp.Path);

        Load(dir); // no exception: nothing reported
    }

    [Fact]
    public void Several_errors_in_one_run_are_all_reported_in_file_order()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .WithMetadata(TestPolicy.Metadata(status: "final"))
            .Section("intro", "Introduction", ("purpose", "---\ntitel: Purpose\n---\nText."), ("empty", ""))
            .Section("scope", "Scope", ("who", "Everyone."), ("purpose", "Again."))
            .WriteTo(temp.Path);
        File.Delete(Path.Combine(dir, "20-scope", "_section.md"));
        Directory.CreateDirectory(Path.Combine(dir, "30-roles"));
        File.WriteAllText(Path.Combine(dir, "30-roles", "_section.md"), "Roles\n");
        File.WriteAllText(Path.Combine(dir, "30-roles", "roles.md"), "Roles.\n");

        var exception = Assert.Throws<PolicyBuildException>(() => Load(dir));

        Assert.Equal(
        [
            $"{dir}/policy.yml:7:9: error: 'status' must be 'draft' or 'adopted', not 'final'",
            $"{dir}/10-intro/10-purpose.md:2:1: error: unknown key 'titel' (expected one of: id, note, title)",
            $"{dir}/10-intro/20-empty.md:1:1: error: the clause is empty: write its text, or delete the file",
            $"{dir}/20-scope:1:1: error: section folder has no _section.md: add one starting with '# Section title'",
            $"{dir}/30-roles/_section.md:1:1: error: a section file must start with a heading line '# Section title'",
            $"{dir}/30-roles/roles.md:1:1: error: clause file 'roles.md' must be named NN-slug.md (e.g. 10-roles.md)",
        ],
            exception.Diagnostics.Select(d => d.ToString()).ToArray());
        Assert.Equal(string.Join(Environment.NewLine, exception.Diagnostics), exception.Message);
    }

    [Fact]
    public void Several_unknown_cross_references_are_all_reported()
    {
        using var temp = new TempDirectory();
        var dir = new TestPolicy()
            .Section("intro", "Introduction", ("purpose", "See [](#one)."), ("aims", "See [](#purpose), [](#two) and [x](#three)."))
            .WriteTo(temp.Path);

        var errors = LoadErrors(dir);

        Assert.Equal(["#one", "#two", "#three"], errors.Select(e => e.Message.Split('\'')[1]).ToArray());
        Assert.Equal([5, 19, 32], errors.Select(e => e.Location.Column).ToArray());
    }

    internal static void Load(string dir) =>
        new PolicyLoader(new PolicyTextChecks(PolicyMarkdown.CreatePipeline())).Load(new DirectoryPolicyTree(dir));

    internal static IReadOnlyList<Diagnostic> LoadErrors(string dir)
    {
        var exception = Assert.Throws<PolicyBuildException>(() => Load(dir));
        Assert.NotEmpty(exception.Diagnostics);
        Assert.All(exception.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        return exception.Diagnostics;
    }

    internal static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
