namespace PolicyBuild.Import.Word;

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
