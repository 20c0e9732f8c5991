using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// In a marked document inserted text is underlined and coloured, and so is a link in the usual
/// style: there a cross-reference would read as an insertion. Links get a dotted underline in a
/// colour of their own instead, which the revision key names.
/// </summary>
internal static class MarkedLinks
{
    public const string Colour = "5B2C83";

    public static void Restyle(Styles styles)
    {
        var hyperlink = styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == CharacterStyleIds.Hyperlink);
        if (hyperlink is null)
        {
            return;
        }

        var properties = hyperlink.StyleRunProperties ??= new StyleRunProperties();
        properties.Color = new Color { Val = Colour };
        properties.Underline = new Underline { Val = UnderlineValues.Dotted };
    }
}
