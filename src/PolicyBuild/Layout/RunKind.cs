namespace PolicyBuild.Layout;

/// <summary>What a run stands for. Numbers are runs of their own so a redline can track just them.</summary>
public enum RunKind
{
    Text,
    Tab,
    LineBreak,

    /// <summary>A footnote mark; the run's text is the footnote key.</summary>
    FootnoteReference,
    ClauseNumber,
    SectionNumber,

    /// <summary>The number a cross-reference shows ("5.12" of "clause 5.12").</summary>
    ReferenceNumber,
}
