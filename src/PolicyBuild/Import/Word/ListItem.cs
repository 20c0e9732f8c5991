using PolicyBuild.Layout;

namespace PolicyBuild.Import.Word;

/// <summary>A body paragraph that is a list item, and where in its list it stands.</summary>
/// <param name="Style">Bullet, numbered, lettered or roman.</param>
/// <param name="Level">0 for the top level.</param>
/// <param name="Ordinal">1 for (a), 2 for (b): used to tell a lettered (i) from a roman one.</param>
internal sealed record ListItem(ListStyle Style, int Level, int Ordinal);
