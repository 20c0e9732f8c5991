namespace PolicyBuild.Layout;

public enum RevisionKind
{
    Inserted,
    Deleted,
    MovedFrom,
    MovedTo,

    /// <summary>Same text, other formatting: <c>w:rPrChange</c>.</summary>
    FormatChanged,
}
