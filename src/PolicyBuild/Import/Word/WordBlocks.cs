using System.Collections.Immutable;
using PolicyBuild.Layout;

namespace PolicyBuild.Import.Word;

/// <summary>A block of a Word body, in document order: a paragraph or a table.</summary>
internal abstract record WordBlock;

/// <summary>A Word paragraph as read: role, content, numbering and the bookmarks that start in it.</summary>
/// <param name="Role">What its style says it is.</param>
/// <param name="Runs">Its content.</param>
/// <param name="Numbering">Word automatic numbering, if any.</param>
/// <param name="Bookmarks">Bookmarks that start in it.</param>
/// <param name="Item">Set once the paragraph is known to be a list item of a clause (numbering or a typed marker).</param>
/// <param name="ClauseStyle">True for our own Clause style: a paragraph of it without a number is a clause added in review.</param>
/// <param name="HeadingLevel">1 for Heading 1 (by style or outline level), 2 for Heading 2 …; null for a paragraph that is no heading.</param>
internal sealed record WordParagraph(
    ParagraphRole Role,
    ImmutableArray<WordRun> Runs,
    ParagraphNumbering? Numbering,
    ImmutableArray<string> Bookmarks,
    ListItem? Item = null,
    int? HeadingLevel = null,
    bool ClauseStyle = false) : WordBlock
{
    public string Text => string.Concat(Runs.Select(r => r.Kind switch
    {
        WordRunKind.Text => r.Text,
        WordRunKind.LineBreak => "\n",
        _ => string.Empty,
    }));

    public bool IsEmpty => !Runs.Any(r => r.IsVisibleText || r.Kind is WordRunKind.FootnoteMark or WordRunKind.EndnoteMark or WordRunKind.Unsupported);

    /// <summary>True when every visible character is bold (directly or by character style).</summary>
    public bool IsBold => Runs.Any(r => r.IsVisibleText) && Runs.Where(r => r.IsVisibleText).All(r => r.Format.HasFlag(RunFormat.Bold));
}

/// <summary>Word automatic numbering of one paragraph (w:numPr), with the label Word would show.</summary>
/// <param name="Style">The level's number format; null when it is none or unknown.</param>
/// <param name="Level">The list level, 0 for the top.</param>
/// <param name="Placeholders">How many <c>%n</c> the level text has: 2 for a clause number such as <c>%1.%2</c>.</param>
/// <param name="Label">The number as shown, e.g. <c>5.12</c> or <c>(a)</c>.</param>
internal sealed record ParagraphNumbering(ListStyle? Style, int Level, int Placeholders, string Label);

/// <summary>A body paragraph that is a list item, and where in its list it stands.</summary>
/// <param name="Style">Bullet, numbered, lettered or roman.</param>
/// <param name="Level">0 for the top level.</param>
/// <param name="Ordinal">1 for (a), 2 for (b): used to tell a lettered (i) from a roman one.</param>
internal sealed record ListItem(ListStyle Style, int Level, int Ordinal);

/// <summary>A Word table.</summary>
/// <param name="Rows">Its rows.</param>
/// <param name="Description">Its alt text (<c>w:tblDescription</c>, else <c>w:tblCaption</c>), if any.</param>
internal sealed record WordTable(ImmutableArray<WordRow> Rows, string? Description = null) : WordBlock
{
    public int Columns => Rows.IsEmpty ? 0 : Rows.Max(r => r.Cells.Length);
}

/// <summary>A table row.</summary>
/// <param name="Cells">Its cells, a spanned cell followed by empty ones.</param>
/// <param name="IsHeader">True when Word repeats it as a header row (w:tblHeader).</param>
/// <param name="Merged">True when a cell spanned columns: the span was split into empty cells.</param>
internal sealed record WordRow(ImmutableArray<WordCell> Cells, bool IsHeader, bool Merged = false);

/// <summary>A table cell's paragraphs (a nested table's paragraphs are flattened into it).</summary>
/// <param name="Paragraphs">The cell's paragraphs.</param>
/// <param name="Flattened">True when the cell held a nested table.</param>
internal sealed record WordCell(ImmutableArray<WordParagraph> Paragraphs, bool Flattened = false);
