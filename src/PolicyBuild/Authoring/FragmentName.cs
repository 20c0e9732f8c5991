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
        var match = Pattern().Match(name);
        if (!match.Success)
        {
            fragment = null!;
            return false;
        }

        var prefix = match.Groups["order"].Value;
        fragment = new FragmentName(decimal.Parse(prefix, CultureInfo.InvariantCulture), prefix, match.Groups["slug"].Value);
        return true;
    }

    [GeneratedRegex(@"^(?<order>\d+(\.\d+)?)-(?<slug>[a-z0-9]+(-[a-z0-9]+)*)$")]
    private static partial Regex Pattern();
}
