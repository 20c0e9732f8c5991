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

/// <summary>Where a run links to: an external address, or a bookmark inside the document.</summary>
internal sealed record WordLink(string? Url, string? Anchor);

/// <summary>What a run read from Word stands for.</summary>
internal enum WordRunKind
{
    Text,
    LineBreak,

    /// <summary>A footnote mark; the run's text is the footnote's id.</summary>
    FootnoteMark,

    /// <summary>An endnote mark; imported as a footnote.</summary>
    EndnoteMark,

    /// <summary>Content Markdown cannot hold (an image, a text box, an equation); the text says what.</summary>
    Unsupported,

    /// <summary>Formatting Markdown cannot hold on the text before it (superscript "th"): the text stays, a note says what was lost.</summary>
    FormatLost,
}
