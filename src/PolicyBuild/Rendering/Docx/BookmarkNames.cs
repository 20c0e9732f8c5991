using System.Security.Cryptography;
using System.Text;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Word bookmark names: letters, digits and underscores, at most 40 characters, starting with a letter.
/// Ids like <c>business-contacts</c> become <c>c_business_contacts</c>.
/// </summary>
public static class BookmarkNames
{
    public static string For(string id)
    {
        var name = "c_" + id.Replace('-', '_');
        if (name.Length <= 40)
        {
            return name;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..8];
        return name[..31] + "_" + hash;
    }
}
