using PolicyBuild.Layout;

namespace PolicyBuild.Import.Word;

/// <summary>A stretch of paragraph content with one formatting and link, as read from Word.</summary>
/// <param name="Text">The text; for a note mark, the note's id; for unsupported content, what it was.</param>
/// <param name="Format">Direct or character-style bold, italic and code (paragraph styles are not formatting).</param>
/// <param name="Kind">What the run stands for.</param>
/// <param name="Link">Where it links to, if anywhere.</param>
internal sealed record WordRun(string Text, RunFormat Format = RunFormat.None, WordRunKind Kind = WordRunKind.Text, WordLink? Link = null)
{
    public bool IsVisibleText => Kind == WordRunKind.Text && !string.IsNullOrWhiteSpace(Text);
}
