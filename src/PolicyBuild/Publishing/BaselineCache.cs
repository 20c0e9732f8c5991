using PolicyBuild.Authoring;
using PolicyBuild.Layout;
using PolicyBuild.Model;

namespace PolicyBuild.Publishing;

/// <summary>
/// Keeps the last baseline folder's model and layout between the builds of a <c>watch</c>, so a save in
/// the draft does not load and lay out the adopted version again. Only a plain folder is kept (a git
/// revision may move, a linked folder changes where nobody watches); any change under it, or above it,
/// forgets it. Belongs with one toolchain: a changed template means a new cache.
/// </summary>
public sealed class BaselineCache
{
    private Kept? _kept;

    public (Policy Baseline, LayoutDocument Layout) GetOrLoad(IPolicyTree tree, string policyDirectory, Func<(Policy, LayoutDocument)> load)
    {
        var root = tree is DirectoryPolicyTree directory && IsPlainFolderInside(directory.FullPath(""), policyDirectory)
            ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory.FullPath("")))
            : null;
        if (root is not null && _kept is { } kept && kept.Root == root)
        {
            return (kept.Baseline, kept.Layout);
        }

        var (baseline, layout) = load();
        _kept = root is null ? null : new Kept(root, baseline, layout);
        return (baseline, layout);
    }

    /// <summary>Forgets the kept baseline when a changed path lies inside its folder or is a folder holding it.</summary>
    public void Forget(IEnumerable<string> changedPaths)
    {
        if (_kept is { } kept && changedPaths.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))).Any(p => Contains(kept.Root, p) || Contains(p, kept.Root)))
        {
            _kept = null;
        }
    }

    private static bool Contains(string folder, string path) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Inside the (watched) policy folder, with no symbolic link on the way down.</summary>
    private static bool IsPlainFolderInside(string folder, string policyDirectory)
    {
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(policyDirectory));
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!Contains(top, full))
        {
            return false;
        }

        for (var dir = new DirectoryInfo(full); dir is not null && dir.FullName.Length > top.Length; dir = dir.Parent)
        {
            if (dir.LinkTarget is not null)
            {
                return false;
            }
        }

        return new DirectoryInfo(top).LinkTarget is null;
    }

    private sealed record Kept(string Root, Policy Baseline, LayoutDocument Layout);
}
