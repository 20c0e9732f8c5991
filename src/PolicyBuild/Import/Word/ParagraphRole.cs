namespace PolicyBuild.Import.Word;

/// <summary>What a paragraph's style (or its place in a contents field) says it is.</summary>
internal enum ParagraphRole
{
    Body,
    Title,

    /// <summary>Heading 1 by style id, style name or outline level 0: a section.</summary>
    Heading1,

    /// <summary>Heading 2 to 9: our format has no sub-sections.</summary>
    SubHeading,

    /// <summary>The contents: a TOC field, a contents control, TOC styles or the contents heading.</summary>
    Contents,

    /// <summary>PolicyBuild's own clause title (number and title, the body follows).</summary>
    ClauseTitle,

    /// <summary>Title-block furniture PolicyBuild writes: the draft notice, a table caption, a subtitle.</summary>
    TitleBlock,
}
