using System.Collections.Immutable;
using PolicyBuild.Layout;

namespace PolicyBuild.Import.Word;

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
