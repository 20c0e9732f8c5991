using PolicyBuild.Model;
using PolicyBuild.Import.Metadata;
using PolicyBuild.Import.Structure;
using PolicyBuild.Import.Word;
using PolicyBuild.Import.Writing;
using PolicyBuild.Layout;

namespace PolicyBuild.Tests.Import;

/// <summary>The small text rules of the import: dates, ids, typed list markers, escaping.</summary>
public class ImportTextRulesTests
{
    [Theory]
    [InlineData("7 July 2021", "2021-07-07")]
    [InlineData("7th July 2021", "2021-07-07")]
    [InlineData("July 7, 2021", "2021-07-07")]
    [InlineData("07/07/2021", "2021-07-07")]
    [InlineData("2021-07-07", "2021-07-07")]
    [InlineData("Every three years; next review by 31 July 2024", "2024-07-31")]
    [InlineData("Sept 2025", "2025-09-01")]
    [InlineData("31/02/2021", null)]
    [InlineData("annually", null)]
    public void Dates_are_read_as_councils_write_them(string text, string? expected) =>
        Assert.Equal(expected, DateText.Find(text)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("Personal use of social media", int.MaxValue, "personal-use-of-social-media")]
    [InlineData("The Council's café policy – Ŵyl", int.MaxValue, "the-councils-cafe-policy-wyl")]
    [InlineData("Staff who are harassed, threatened or abused online because", 6, "staff-who-are-harassed-threatened-or")]
    [InlineData("It follows the Environmental Protection Act 1990.", 6, "it-follows-the-environmental-protection")]
    [InlineData("— 42 —", 6, "42")]
    [InlineData("——", 6, "")]
    public void Ids_are_lowercase_hyphenated_and_at_most_40_characters(string text, int words, string expected)
    {
        var slug = Slug.Of(text, words);
        Assert.Equal(expected, slug);
        Assert.True(slug.Length <= Slug.MaxLength);
    }

    [Fact]
    public void A_lettered_i_follows_h_and_a_lone_i_is_roman()
    {
        var h = new ListItem(ListStyle.LowerLetter, 0, 8);
        Assert.Equal(ListStyle.LowerLetter, ListMarkers.Match("(i) ninth", h)?.Item.Style);
        Assert.Equal(ListStyle.LowerRoman, ListMarkers.Match("(i) first", null)?.Item.Style);
        Assert.Equal(ListStyle.LowerRoman, ListMarkers.Match("(ii) second", new ListItem(ListStyle.LowerRoman, 0, 1))?.Item.Style);
        Assert.Null(ListMarkers.Match("(c) not after b", null));
        Assert.Null(ListMarkers.Match("- a dash", null));
    }

    [Theory]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("a) not a list", "a\\) not a list")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("::: not a container", "\\::: not a container")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("2021 was a year", "2021 was a year")]
    public void Line_starts_that_Markdown_would_misread_are_escaped(string line, string expected) =>
        Assert.Equal(expected, MarkdownEscaper.LineStart(line));
}
