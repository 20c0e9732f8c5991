using System.Globalization;

namespace PolicyBuild.Authoring.Renumbering;

/// <summary>
/// Plans the renames that give every section folder and clause file an even prefix (10, 20, 30…)
/// in its current order. Only prefixes change, never slugs, so ids (from slugs or front matter)
/// and the built documents stay the same. A policy already numbered so plans nothing.
/// </summary>
public static class RenumberPlanner
{
    public const int Step = 10;

    /// <returns>Clause files first (in their current folders), then section folders: the order to apply them in.</returns>
    public static IReadOnlyList<Rename> Plan(IPolicyTree tree)
    {
        var files = new List<Rename>();
        var folders = new List<Rename>();
        var sections = tree.ListDirectories(string.Empty).Where(d => !PolicyLoader.ReservedFolders.Contains(d));
        foreach (var (folder, name, prefix) in Renumbered(sections))
        {
            var stems = tree.ListFiles(folder)
                .Where(f => f != PolicyLoader.SectionFile && f.EndsWith(".md", StringComparison.Ordinal))
                .Select(f => f[..^3]);
            files.AddRange(Renumbered(stems)
                .Where(c => c.Name.Prefix != c.Prefix)
                .Select(c => new Rename($"{folder}/{c.Entry}.md", $"{folder}/{c.Prefix}-{c.Name.Slug}.md")));
            if (name.Prefix != prefix)
            {
                folders.Add(new Rename(folder, $"{prefix}-{name.Slug}"));
            }
        }

        return [.. files, .. folders];
    }

    /// <summary>The loader's order (prefix, then name) with the even prefix each entry should have.</summary>
    private static IEnumerable<(string Entry, FragmentName Name, string Prefix)> Renumbered(IEnumerable<string> entries)
    {
        var parsed = new List<(string Entry, FragmentName Name)>();
        foreach (var entry in entries.Where(e => !e.StartsWith('.')))
        {
            if (FragmentName.TryParse(entry, out var name))
            {
                parsed.Add((entry, name));
            }
        }

        return parsed.OrderBy(p => p.Name.Order).ThenBy(p => p.Entry, StringComparer.Ordinal)
            .Select((p, i) => (p.Entry, p.Name, ((i + 1) * Step).ToString(CultureInfo.InvariantCulture)));
    }
}

/// <summary>One file or folder of a policy to rename; paths relative to the policy folder, with '/'.</summary>
public sealed record Rename(string From, string To)
{
    public override string ToString() => $"{From} → {To}";
}
