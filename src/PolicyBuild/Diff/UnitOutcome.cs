namespace PolicyBuild.Diff;

public enum UnitChangeKind
{
    Unchanged,
    Changed,
    Inserted,
    Deleted,
    Moved,
}

/// <summary>What happened to one unit (clause, section heading, title-block line) between versions.</summary>
public sealed record UnitOutcome(string UnitKey, UnitChangeKind Kind, bool TextChanged, int WordsInserted, int WordsDeleted);
