using System.Security.Cryptography;
using System.Text;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Word bookmark names: letters, digits and underscores, at most 40 characters, starting with a letter.
/// Ids like <c>business-contacts</c> become <c>c_business_contacts</c>.
/// </summary>
public static class BookmarkNames
{
    public static string For(string id) => Named("c_", id);

    /// <summary>
    /// The bookmark at a moved unit's old place in a marked document (<c>o_business_contacts</c>): the
    /// rejected view's target, since the unit's own bookmark goes with the moved-here copy.
    /// </summary>
    public static string ForOldPlace(string id) => Named("o_", id);

    private static string Named(string prefix, string id)
    {
        var name = prefix + id.Replace('-', '_');
        if (name.Length <= 40)
        {
            return name;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..8];
        return name[..31] + "_" + hash;
    }
}
