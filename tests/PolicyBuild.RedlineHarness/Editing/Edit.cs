using PolicyBuild.RedlineHarness.Model;

namespace PolicyBuild.RedlineHarness.Editing;

/// <summary>The kinds of edit a draft makes to its baseline; a failing pair is reported by the kinds it used.</summary>
public enum EditKind
{
    InsertClause,
    DeleteClause,
    MoveClause,
    SwapClauses,
    SplitClause,
    MergeClauses,
    InsertSection,
    DeleteSection,
    MoveSection,
    RetitleSection,
    ChangeIntro,
    EditWordsAtStart,
    EditWordsInMiddle,
    EditWordsAtEnd,
    AddParagraph,
    RemoveParagraph,
    AddListItem,
    RemoveListItem,
    AddTableRow,
    RemoveTableRow,
    AddTableColumn,
    RemoveTableColumn,
    AddTable,
    RemoveTable,
    ChangeEmphasis,
    ChangeClauseTitle,
    ChangeFootnote,
    ChangeLinkTarget,
    ChangeMetadata,
}

/// <summary>One edit: its kind, three choices (taken modulo what exists) and the new material it may need.</summary>
public sealed record Edit(EditKind Kind, int A, int B, int C, GenParagraph Paragraph, GenBlock Block, string Phrase)
{
    public override string ToString() => $"{Kind}({A},{B},{C})";
}
