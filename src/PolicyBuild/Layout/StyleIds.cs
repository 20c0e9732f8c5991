namespace PolicyBuild.Layout;

/// <summary>Paragraph style ids the layout uses; the reference document defines them.</summary>
public static class StyleIds
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string BodyText = "BodyText";
    public const string Clause = "Clause";
    public const string ClauseTitle = "ClauseTitle";
    public const string ClauseContinuation = "ClauseContinuation";
    public const string ListParagraph = "ListParagraph";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string TocHeading = "TocHeading";
    public const string Toc1 = "TOC1";
    public const string Quote = "Quote";
    public const string Code = "SourceCode";
    public const string FootnoteText = "FootnoteText";

    public static string Heading(int level) => $"Heading{Math.Clamp(level, 1, 6)}";

    /// <summary>A Markdown class such as <c>.meta-line</c> names the style <c>MetaLine</c>.</summary>
    public static string FromClass(string cssClass) =>
        string.Concat(cssClass.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
