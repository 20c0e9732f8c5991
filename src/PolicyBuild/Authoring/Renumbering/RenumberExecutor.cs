namespace PolicyBuild.Authoring.Renumbering;

/// <summary>
/// Applies renames inside a policy folder: with <c>git mv</c> when the folder is in a git work
/// tree (so history follows the files), else, and for files git does not track, a plain move.
/// </summary>
public sealed class RenumberExecutor(string policyDirectory)
{
    private readonly string _root = Path.GetFullPath(policyDirectory);

    public bool InGitWorkTree { get; } = Git.RunText(Path.GetFullPath(policyDirectory), "rev-parse --is-inside-work-tree") == "true";

    public void Apply(IReadOnlyList<Rename> renames)
    {
        // Renames within one folder may swap names (5-a, 10-a → 10-a, 20-a): when a target is still
        // taken, go through a temporary name first.
        foreach (var group in renames.GroupBy(r => Path.GetDirectoryName(r.From) ?? string.Empty))
        {
            var sources = group.Select(r => r.From).ToHashSet(StringComparer.Ordinal);
            if (group.Any(r => sources.Contains(r.To)))
            {
                var staged = group.Select((r, i) => (Temp: Path.Combine(group.Key, $".renumber-{i}-{Path.GetFileName(r.From)}").Replace('\\', '/'), r.To)).ToList();
                foreach (var (rename, (temp, _)) in group.Zip(staged))
                {
                    Move(rename.From, temp);
                }

                foreach (var (temp, to) in staged)
                {
                    Move(temp, to);
                }
            }
            else
            {
                foreach (var rename in group)
                {
                    Move(rename.From, rename.To);
                }
            }
        }
    }

    private void Move(string from, string to)
    {
        if (InGitWorkTree && Git.Run(_root, ["mv", "--", from, to]) is not null)
        {
            return;
        }

        // Not in git, or not tracked by it.
        if (Directory.Exists(Full(from)))
        {
            Directory.Move(Full(from), Full(to));
        }
        else
        {
            File.Move(Full(from), Full(to));
        }
    }

    private string Full(string relative) => Path.Combine(_root, relative);
}
