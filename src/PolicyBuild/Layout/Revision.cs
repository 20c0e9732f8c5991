namespace PolicyBuild.Layout;

/// <summary>How a run, paragraph mark or table row differs from the baseline.</summary>
/// <param name="Kind">Which change it is: inserted, deleted, moved from, moved to or formatting changed.</param>
/// <param name="OldFormat">For <see cref="RevisionKind.FormatChanged"/>: the baseline's formatting.</param>
/// <param name="MoveName">For moves: the name pairing the from and to ranges.</param>
public sealed record Revision(RevisionKind Kind, RunFormat OldFormat = RunFormat.None, string? MoveName = null)
{
    public static readonly Revision Inserted = new(RevisionKind.Inserted);
    public static readonly Revision Deleted = new(RevisionKind.Deleted);

    /// <summary>True for revisions whose content is gone once all changes are accepted.</summary>
    public bool RemovesContent => Kind is RevisionKind.Deleted or RevisionKind.MovedFrom;
}
