namespace PolicyBuild.Layout;

/// <summary>A stretch of text with one formatting, link and revision.</summary>
/// <param name="Link">An external URL, or <c>#bookmark</c> for a link inside the document.</param>
public sealed record LayoutRun(
    string Text,
    RunFormat Format = RunFormat.None,
    RunKind Kind = RunKind.Text,
    string? Link = null,
    Revision? Revision = null)
{
    public static LayoutRun Tab() => new("\t", Kind: RunKind.Tab);
}
