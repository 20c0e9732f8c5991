using PolicyBuild.Diagnostics;
using PolicyBuild.Model;
using PolicyBuild.Templates;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Templates;

/// <summary>The repository's policy template, rendered from a copy so that it can be broken on purpose.</summary>
public class PolicyTemplateTests
{
    private static readonly Lazy<Policy> Sample = new(() => TestToolchain.Load(RepositoryPaths.SamplePolicy));

    [Fact]
    public void Policy_template_renders_the_sample_as_markdown()
    {
        using var temp = new TempDirectory();
        var templates = CopyTemplates(temp);

        var markdown = Render(templates);

        Assert.StartsWith("Officers' Social Media Policy {.title}\n", markdown);
        Assert.Contains("DRAFT for consideration by the Human Resources and Council Tax Committee on 7 July 2021 {.draft-notice}", markdown);
        Assert.Contains("| Version | 2.0 |", markdown);
        Assert.Contains("::: section {id=personal-use number=5}\n# Personal use of social media", markdown);
        Assert.Matches(@"::: clause \{id=business-contacts number=5\.12\}\n+Staff should generally avoid adding business contacts", markdown);
        Assert.Matches(@"::: clause \{id=abuse-support number=6\.10\}\n+Support for staff \{\.clause-title\}\n+Staff who run", markdown);
        Assert.Contains("[^no-investigatory-use-corporate-1]", markdown);
        Assert.DoesNotContain("\r", markdown);
    }

    [Fact]
    public void Rendering_the_policy_template_twice_gives_the_same_text()
    {
        using var temp = new TempDirectory();
        var templates = CopyTemplates(temp);

        Assert.Equal(Render(templates), Render(templates));
    }

    [Fact]
    public void Mistyped_member_in_the_policy_template_is_a_located_error()
    {
        using var temp = new TempDirectory();
        var templates = CopyTemplates(temp);
        var path = Path.Combine(templates, "policy", "policy.sbn");
        var lines = File.ReadAllLines(path);
        var line = Array.FindIndex(lines, l => l.StartsWith("{{ policy.title }}", StringComparison.Ordinal));
        lines[line] = lines[line].Replace("policy.title", "policy.titel", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var error = RenderError(templates);

        Assert.Equal(Path.GetFullPath(path), Path.GetFullPath(error.Location.File));
        Assert.Equal((line + 1, 11), (error.Location.Line, error.Location.Column));
        Assert.StartsWith("template error: ", error.Message);
        Assert.Contains("titel", error.Message);
    }

    [Fact]
    public void Undefined_variable_in_an_included_part_is_located_in_the_part()
    {
        using var temp = new TempDirectory();
        var templates = CopyTemplates(temp);
        var part = Path.Combine(templates, "policy", "_document-information.sbn");
        File.AppendAllText(part, "| Contact | {{ contact_email }} |\n");
        var line = File.ReadAllLines(part).Length;

        var error = RenderError(templates);

        Assert.Equal(Path.GetFullPath(part), Path.GetFullPath(error.Location.File));
        Assert.Equal((line, 16), (error.Location.Line, error.Location.Column));
        Assert.Contains("contact_email", error.Message);
    }

    [Fact]
    public void Syntax_error_in_the_policy_template_is_located()
    {
        using var temp = new TempDirectory();
        var templates = CopyTemplates(temp);
        var path = Path.Combine(templates, "policy", "policy.sbn");
        var text = File.ReadAllText(path);
        var lastEnd = text.LastIndexOf("{{ end ~}}", StringComparison.Ordinal);
        File.WriteAllText(path, text[..lastEnd]);

        var exception = Assert.Throws<PolicyBuildException>(() => Render(templates));

        Assert.NotEmpty(exception.Diagnostics);
        Assert.All(exception.Diagnostics, d => Assert.Equal(Path.GetFullPath(path), Path.GetFullPath(d.Location.File)));
        Assert.Contains(exception.Diagnostics, d => d.Message.Contains("end", StringComparison.Ordinal));
    }

    private static string CopyTemplates(TempDirectory temp) =>
        DirectoryCopy.Copy(RepositoryPaths.Templates, temp.Combine("templates"));

    private static string Render(string templates) =>
        new TemplateRenderer(new TemplateSet(templates)).Render(TemplateSet.PolicyTemplate, PolicyTemplateModel.Create(Sample.Value));

    private static Diagnostic RenderError(string templates) =>
        Assert.Single(Assert.Throws<PolicyBuildException>(() => Render(templates)).Diagnostics);
}
