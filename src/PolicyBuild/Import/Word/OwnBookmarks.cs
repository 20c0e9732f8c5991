using System.Text.RegularExpressions;
using PolicyBuild.Rendering.Docx;

namespace PolicyBuild.Import.Word;

/// <summary>
/// The <c>c_&lt;id&gt;</c> bookmarks PolicyBuild writes at each section and clause
/// (<see cref="BookmarkNames"/>): importing one of our own documents keeps the ids they name.
/// A long id's bookmark ends in a hash and cannot be read back without the policy.
/// </summary>
internal static partial class OwnBookmarks
{
    public static string? IdIn(IEnumerable<string> bookmarks) => bookmarks.Select(IdOf).FirstOrDefault(id => id is not null);

    public static string? IdOf(string bookmark)
    {
        if (!Own().IsMatch(bookmark))
        {
            return null;
        }

        var id = bookmark[2..].Replace('_', '-');
        // Only a name that writing the id gives back is ours, so a hashed long name is never taken for an id.
        return id.Length >= 2 && BookmarkNames.For(id) == bookmark ? id : null;
    }

    [GeneratedRegex("^c_[a-z0-9]+(_[a-z0-9]+)*$")]
    private static partial Regex Own();
}
