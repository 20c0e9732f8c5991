using PolicyBuild.Templates;
using PolicyBuild.Tests.TestSupport;
using Scriban.Runtime;

namespace PolicyBuild.Tests.Templates;

/// <summary>
/// Nothing a template writes is ever cut. Scriban's default LimitToString (1 MiB) silently
/// truncated a long policy's output and one long value; both come through whole.
/// </summary>
public class TemplateOutputLimitTests
{
    private const int OneMebibyte = 1024 * 1024;

    [Fact]
    public void Output_of_several_mebibytes_is_written_whole()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("t.sbn"), "{{ for i in 1..30000 }}Clause {{ i }} says the same thing again and again, at length, for size.\n{{ end }}END\n");

        var markdown = new TemplateRenderer(new TemplateSet(temp.Path)).Render("t.sbn", new ScriptObject());

        Assert.True(markdown.Length > 2 * OneMebibyte, $"only {markdown.Length} characters");
        Assert.Contains("Clause 30000 says", markdown);
        Assert.EndsWith("END\n", markdown);
    }

    [Fact]
    public void One_value_of_more_than_a_mebibyte_is_written_whole()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("t.sbn"), "{{ body }}|");
        var body = string.Concat(Enumerable.Repeat("word ", 250_000)) + "last";

        var markdown = new TemplateRenderer(new TemplateSet(temp.Path)).Render("t.sbn", new ScriptObject { ["body"] = body });

        Assert.Equal(body + "|", markdown);
    }
}
