using PolicyBuild.Diagnostics;
using PolicyBuild.Templates;
using PolicyBuild.Tests.TestSupport;
using Scriban.Runtime;

namespace PolicyBuild.Tests.Templates;

/// <summary>
/// Scriban templates render in strict mode: mistakes are located errors in the template file,
/// includes stay inside the templates folder, and runaway loops stop.
/// </summary>
public class TemplateRendererTests
{
    private static ScriptObject Model() => new()
    {
        ["policy"] = new ScriptObject
        {
            ["title"] = "Test Policy",
            ["sections"] = new List<ScriptObject> { new() { ["number"] = "1", ["title"] = "Introduction" } },
        },
    };

    [Fact]
    public void Template_renders_the_model()
    {
        using var temp = new TempDirectory();
        Write(temp, "t.sbn", "# {{ policy.title }}\r\n{{ for s in policy.sections }}{{ s.number }}. {{ s.title }}{{ end }}\r\n");

        var markdown = new TemplateRenderer(new TemplateSet(temp.Path)).Render("t.sbn", Model());

        Assert.Equal("# Test Policy\n1. Introduction\n", markdown);
    }

    [Fact]
    public void Undefined_variable_is_an_error_at_its_template_line_and_column()
    {
        using var temp = new TempDirectory();
        var path = Write(temp, "policy/t.sbn", "# {{ policy.title }}\n\nHello {{ nme }}\n");

        var error = RenderError(temp, "policy/t.sbn");

        AssertLocated(error, path, 3, 10);
        Assert.StartsWith("template error: ", error.Message);
        Assert.Contains("nme", error.Message);
        Assert.Matches(@"^.*policy/t\.sbn:3:10: error: template error: ", error.ToString());
    }

    [Fact]
    public void Undefined_member_is_an_error_not_an_empty_string()
    {
        using var temp = new TempDirectory();
        var path = Write(temp, "t.sbn", "Title: {{ policy.title }}\nNope: {{ policy.nope }}\n");

        var error = RenderError(temp, "t.sbn");

        Assert.Equal(Path.GetFullPath(path), Path.GetFullPath(error.Location.File));
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("nope", error.Message);
    }

    [Fact]
    public void Member_of_a_missing_member_is_an_error()
    {
        using var temp = new TempDirectory();
        var path = Write(temp, "t.sbn", "{{ policy.owner.role }}\n");

        var error = RenderError(temp, "t.sbn");

        Assert.Equal(Path.GetFullPath(path), Path.GetFullPath(error.Location.File));
        Assert.Equal(1, error.Location.Line);
        Assert.Contains("owner", error.Message);
    }

    [Fact]
    public void Syntax_error_is_located_in_the_template()
    {
        using var temp = new TempDirectory();
        var path = Write(temp, "t.sbn", "# {{ policy.title }}\n\n{{ for s in policy.sections }}\n{{ s.title\n");

        var exception = Assert.Throws<PolicyBuildException>(() => new TemplateRenderer(new TemplateSet(temp.Path)).Render("t.sbn", Model()));

        Assert.NotEmpty(exception.Diagnostics);
        Assert.All(exception.Diagnostics, d => Assert.Equal(Path.GetFullPath(path), Path.GetFullPath(d.Location.File)));
        Assert.Contains(exception.Diagnostics, d => d.Location.Line == 4);
    }

    [Fact]
    public void Missing_end_is_a_located_syntax_error()
    {
        using var temp = new TempDirectory();
        var path = Write(temp, "t.sbn", "{{ if policy.title }}\nTitle\n");

        var error = Assert.Single(Assert.Throws<PolicyBuildException>(() =>
            new TemplateRenderer(new TemplateSet(temp.Path)).Render("t.sbn", Model())).Diagnostics);

        Assert.Equal(Path.GetFullPath(path), Path.GetFullPath(error.Location.File));
        Assert.Equal(1, error.Location.Line);
        Assert.Contains("end", error.Message);
    }

    [Fact]
    public void Missing_template_is_an_error_naming_it()
    {
        using var temp = new TempDirectory();

        var error = RenderError(temp, "policy/policy.sbn");

        Assert.Equal(temp.Combine("policy", "policy.sbn"), Path.GetFullPath(error.Location.File));
        Assert.StartsWith("template not found: create ", error.Message);
    }

    [Fact]
    public void Include_of_a_file_inside_the_templates_folder_works()
    {
        using var temp = new TempDirectory();
        Write(temp, "parts/_title.sbn", "Title: {{ policy.title }}");
        Write(temp, "policy/t.sbn", "{{ include 'parts/_title.sbn' }}\nEnd\n");

        var markdown = new TemplateRenderer(new TemplateSet(temp.Path)).Render("policy/t.sbn", Model());

        Assert.Equal("Title: Test Policy\nEnd\n", markdown);
    }

    [Theory]
    [InlineData("../secret.txt", "../secret.txt")]
    [InlineData("parts/../../secret.txt", "parts/../../secret.txt")]
    [InlineData("..\\\\secret.txt", "..\\secret.txt")]
    public void Include_going_up_out_of_the_templates_folder_is_refused(string literal, string include)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("secret.txt"), "SECRET");
        var templates = temp.Combine("templates");
        Directory.CreateDirectory(Path.Combine(templates, "parts"));
        var path = Path.Combine(templates, "t.sbn");
        File.WriteAllText(path, $"Line one\nx {{{{ include '{literal}' }}}}\n");

        var exception = Assert.Throws<PolicyBuildException>(() => new TemplateRenderer(new TemplateSet(templates)).Render("t.sbn", Model()));

        var error = Assert.Single(exception.Diagnostics);
        Assert.DoesNotContain("SECRET", exception.Message);
        Assert.Equal($"include '{include}' must be a path inside the templates folder (no '..', no absolute path)", error.Message);
        AssertLocated(error, path, 2, 6);
    }

    [Fact]
    public void Include_of_an_absolute_path_is_refused()
    {
        using var temp = new TempDirectory();
        var secret = temp.Combine("secret.txt");
        File.WriteAllText(secret, "SECRET");
        var path = Write(temp, "templates/t.sbn", $"{{{{ include '{secret}' }}}}\n");

        var exception = Assert.Throws<PolicyBuildException>(() => new TemplateRenderer(new TemplateSet(temp.Combine("templates"))).Render("t.sbn", Model()));

        var error = Assert.Single(exception.Diagnostics);
        Assert.DoesNotContain("SECRET", exception.Message);
        Assert.StartsWith($"include '{secret}' must be a path inside the templates folder", error.Message);
        AssertLocated(error, path, 1, 4);
    }

    [Fact]
    public void Include_of_an_absolute_path_inside_the_templates_folder_is_refused_too()
    {
        using var temp = new TempDirectory();
        var part = Write(temp, "_part.sbn", "part");
        Write(temp, "t.sbn", $"{{{{ include '{part}' }}}}\n");

        var error = RenderError(temp, "t.sbn");

        Assert.StartsWith($"include '{part}' must be a path inside the templates folder", error.Message);
    }

    [Fact]
    public void Include_of_a_missing_file_is_a_located_error()
    {
        using var temp = new TempDirectory();
        var path = Write(temp, "t.sbn", "{{ include 'parts/nope.sbn' }}\n");

        var error = RenderError(temp, "t.sbn");

        AssertLocated(error, path, 1, 4);
        Assert.StartsWith("include 'parts/nope.sbn' not found in ", error.Message);
    }

    [Fact]
    public void Error_inside_an_included_template_is_located_in_that_file()
    {
        using var temp = new TempDirectory();
        var part = Write(temp, "parts/_bad.sbn", "First\n  {{ policy.nope }}\n");
        Write(temp, "t.sbn", "Start\n{{ include 'parts/_bad.sbn' }}\n");

        var error = RenderError(temp, "t.sbn");

        Assert.Equal(Path.GetFullPath(part), Path.GetFullPath(error.Location.File));
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("nope", error.Message);
    }

    [Fact]
    public void Syntax_error_inside_an_included_template_is_located_in_that_file()
    {
        using var temp = new TempDirectory();
        var part = Write(temp, "parts/_bad.sbn", "First\nSecond {{ if }}\n");
        Write(temp, "t.sbn", "Start\n{{ include 'parts/_bad.sbn' }}\n");

        var exception = Assert.Throws<PolicyBuildException>(() => new TemplateRenderer(new TemplateSet(temp.Path)).Render("t.sbn", Model()));

        Assert.All(exception.Diagnostics, d => Assert.Equal(Path.GetFullPath(part), Path.GetFullPath(d.Location.File)));
        var first = exception.Diagnostics[0];
        Assert.Equal((2, 14), (first.Location.Line, first.Location.Column));
        Assert.StartsWith("Error while parsing if statement", first.Message);
    }

    [Fact]
    public async Task Infinite_loop_hits_the_loop_limit_instead_of_hanging()
    {
        using var temp = new TempDirectory();
        var path = Write(temp, "t.sbn", "Start\n{{ while true }}x{{ end }}\n");

        var error = await Within30Seconds(() => RenderError(temp, "t.sbn"));

        Assert.Equal(Path.GetFullPath(path), Path.GetFullPath(error.Location.File));
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("limit", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Huge_range_loop_hits_the_loop_limit()
    {
        using var temp = new TempDirectory();
        Write(temp, "t.sbn", "{{ for i in 1..1000000000 }}{{ i }}{{ end }}");

        var error = await Within30Seconds(() => RenderError(temp, "t.sbn"));

        Assert.Equal("template error: Range expression exceeds LoopLimit `100000`.", error.Message);
    }

    [Fact]
    public async Task Infinite_recursion_hits_the_recursion_limit()
    {
        using var temp = new TempDirectory();
        Write(temp, "t.sbn", "{{ func f\n  ret f\nend }}{{ f }}");

        var error = await Within30Seconds(() => RenderError(temp, "t.sbn"));

        Assert.StartsWith("template error: Exceeding number of recursive depth limit `50`", error.Message);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public async Task Template_including_itself_stops_with_a_located_error()
    {
        using var temp = new TempDirectory();
        var path = Write(temp, "t.sbn", "x{{ include 't.sbn' }}");

        var error = await Within30Seconds(() => RenderError(temp, "t.sbn"));

        Assert.StartsWith("template error: Exceeding number of recursive depth limit `50`", error.Message);
        AssertLocated(error, path, 1, 5);
    }

    /// <summary>Runs a render that must stop by itself; a hang fails the test instead of the run.</summary>
    private static async Task<Diagnostic> Within30Seconds(Func<Diagnostic> render) =>
        await Task.Run(render).WaitAsync(TimeSpan.FromSeconds(30));

    private static string Write(TempDirectory temp, string relative, string text)
    {
        var path = temp.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static Diagnostic RenderError(TempDirectory temp, string template)
    {
        var exception = Assert.Throws<PolicyBuildException>(() => new TemplateRenderer(new TemplateSet(temp.Path)).Render(template, Model()));
        return Assert.Single(exception.Diagnostics);
    }

    /// <summary>Template files are named relative to the current folder; compare them as full paths.</summary>
    private static void AssertLocated(Diagnostic error, string path, int line, int column)
    {
        Assert.Equal(Path.GetFullPath(path), Path.GetFullPath(error.Location.File));
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
    }
}
