using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyBuild.Authoring;

/// <summary>
/// A file or folder name of the form <c>NN-slug</c>. The numeric prefix orders fragments
/// (gaps and decimals allowed: 10, 20, 25, 25.5); the slug is the default id.
/// </summary>
public sealed partial record FragmentName(decimal Order, string Prefix, string Slug)
{
    public static bool TryParse(string name, out FragmentName fragment)
    {
        if (!Pattern().IsMatch(name))
        {
            fragment = null!;
            return false;
        }

        // The order has no '-': the first one ends it (no Match and groups built for every file of a policy).
        var dash = name.IndexOf('-');
        var prefix = name[..dash];
        // '$' also matches before a final line feed, which the slug never held.
        var slugEnd = name.EndsWith('\n') ? name.Length - 1 : name.Length;
        fragment = new FragmentName(decimal.Parse(prefix, CultureInfo.InvariantCulture), prefix, name[(dash + 1)..slugEnd]);
        return true;
    }

    [GeneratedRegex(@"^\d+(\.\d+)?-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
