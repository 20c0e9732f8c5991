namespace PolicyBuild.Diff;

public enum ChangeKind
{
    Added,
    Removed,
    Amended,
    Moved,
    Renumbered,
    Retitled,
}
