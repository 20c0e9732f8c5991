namespace PolicyBuild.Layout;

/// <summary>A stretch of text with one formatting, link and revision.</summary>
/// <param name="Text">What the run shows; for a footnote mark, the footnote key.</param>
/// <param name="Format">Bold, italic, code and strikethrough, combined.</param>
/// <param name="Kind">What the run stands for: text, a tab, a line break, a footnote mark or a number.</param>
/// <param name="Link">An external URL, or <c>#bookmark</c> for a link inside the document.</param>
/// <param name="Revision">How the run differs from the baseline in a redline; null when it is not marked.</param>
/// <param name="CharacterStyle">A character style from the reference document, for text that must look like something
/// it is not (the revision key's samples of an insertion or a deletion).</param>
public sealed record LayoutRun(
    string Text,
    RunFormat Format = RunFormat.None,
    RunKind Kind = RunKind.Text,
    string? Link = null,
    Revision? Revision = null,
    string? CharacterStyle = null)
{
    public static LayoutRun Tab() => new("\t", Kind: RunKind.Tab);
}
