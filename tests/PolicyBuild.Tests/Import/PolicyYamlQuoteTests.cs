using PolicyBuild.Import.Metadata;
using YamlDotNet.RepresentationModel;

namespace PolicyBuild.Tests.Import;

/// <summary>Values import writes into policy.yml come back from a YAML reader as they went in, on one line.</summary>
public sealed class PolicyYamlQuoteTests
{
    [Theory]
    [InlineData("Officers' Social Media Policy")]
    [InlineData("Policy: part 2 # not a comment")]
    [InlineData("\"Quoted\" and \\ back-slashed")]
    [InlineData("Two\nlines\r\nand a tab\there")]
    [InlineData("A bell \u0007, an escape \u001b and a next line \u0085")]
    [InlineData("- [x] {y}: & * ! | > % @ `")]
    [InlineData("Polisi’r Cyngor — ŵ ŷ, 5 km³")]
    [InlineData("  leading and trailing spaces  ")]
    [InlineData("")]
    public void A_quoted_value_reads_back_unchanged_from_one_line(string value)
    {
        var quoted = PolicyYamlWriter.Quote(value);

        Assert.DoesNotContain('\n', quoted);
        Assert.Equal(value, ReadBack($"title: {quoted}\n"));
    }

    [Fact]
    public void A_long_value_stays_on_one_line()
    {
        var value = string.Join(' ', Enumerable.Repeat("Human Resources and Council Tax Committee", 20));

        var quoted = PolicyYamlWriter.Quote(value);

        Assert.DoesNotContain('\n', quoted);
        Assert.Equal(value, ReadBack($"title: {quoted}\n"));
    }

    private static string ReadBack(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return ((YamlScalarNode)root.Children[new YamlScalarNode("title")]).Value!;
    }
}
