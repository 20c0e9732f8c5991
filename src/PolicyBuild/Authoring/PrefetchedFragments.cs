using System.Runtime.ExceptionServices;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Authoring;

/// <summary>
/// Every section and clause file of a policy, read and parsed ahead on all cores (reading, UTF-8
/// checks and front matter are most of a load). The loader still walks the policy in its own
/// order and takes each fragment from here, so its diagnostics and errors come out exactly as if
/// it had read the file itself at that point. Given a <see cref="FragmentCache"/> (watch), an unchanged
/// file's fragment comes from it and only the others are read.
/// </summary>
public sealed class PrefetchedFragments
{
    /// <summary>Below this many files, starting threads costs more than it saves.</summary>
    private const int ParallelFrom = 16;

    private readonly Dictionary<string, Outcome> _outcomes;

    private PrefetchedFragments(Dictionary<string, Outcome> outcomes) => _outcomes = outcomes;

    public static PrefetchedFragments Read(IPolicyTree tree, FragmentCache? cache = null)
    {
        var files = FragmentFiles(tree);
        var outcomes = new Outcome[files.Count];
        var kept = 0;
        // Only a folder on disk has files whose size and write time say whether they changed.
        var directory = cache is null ? null : tree as DirectoryPolicyTree;
        Outcome OutcomeAt(int i)
        {
            var (path, defaultId) = files[i];
            if (directory is null)
            {
                return Outcome.Of(tree, path, defaultId);
            }

            var full = directory.FullPath(path);
            var display = tree.DisplayPath(path);
            if (cache!.Find(full, display, defaultId) is { } fragment)
            {
                Interlocked.Increment(ref kept);
                return new Outcome(defaultId, fragment, [], null);
            }

            var stamp = FragmentCache.Stamp(full);
            var outcome = Outcome.Of(tree, path, defaultId);
            if (outcome is { Fragment: { } read, Failure: null, Diagnostics.Count: 0 })
            {
                cache.Keep(full, display, defaultId, stamp, read);
            }

            return outcome;
        }

        if (files.Count < ParallelFrom)
        {
            for (var i = 0; i < files.Count; i++)
            {
                outcomes[i] = OutcomeAt(i);
            }
        }
        else
        {
            Parallel.For(0, files.Count, i => outcomes[i] = OutcomeAt(i));
        }

        cache?.Counted(kept, files.Count - kept);

        var byPath = new Dictionary<string, Outcome>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            byPath[files[i].Path] = outcomes[i];
        }

        return new PrefetchedFragments(byPath);
    }

    /// <summary>The fragment at <paramref name="path"/>, its diagnostics added now; read here if it was not read ahead.</summary>
    public Fragment Take(IPolicyTree tree, string path, string defaultId, DiagnosticBag diagnostics)
    {
        if (!_outcomes.TryGetValue(path, out var outcome) || outcome.DefaultId != defaultId)
        {
            return FragmentReader.Read(tree, path, defaultId, diagnostics);
        }

        diagnostics.AddRange(outcome.Diagnostics);
        if (outcome.Failure is { } failure)
        {
            failure.Throw();
        }

        return outcome.Fragment!;
    }

    /// <summary>The files the loader will read: <c>_section.md</c> and clause files of well-named section folders.</summary>
    private static List<(string Path, string DefaultId)> FragmentFiles(IPolicyTree tree)
    {
        var files = new List<(string Path, string DefaultId)>();
        try
        {
            foreach (var folder in tree.ListDirectories(""))
            {
                if (folder.StartsWith('.') || PolicyLoader.ReservedFolders.Contains(folder) || !FragmentName.TryParse(folder, out var section))
                {
                    continue;
                }

                foreach (var file in tree.ListFiles(folder))
                {
                    if (file == PolicyLoader.SectionFile)
                    {
                        files.Add(($"{folder}/{file}", section.Slug));
                    }
                    else if (PolicyLoader.IsClauseFile(file) && FragmentName.TryParse(file[..^3], out var clause))
                    {
                        files.Add(($"{folder}/{file}", clause.Slug));
                    }
                }
            }
        }
        catch (PolicyBuildException)
        {
            // The loader meets the same refusal at its own point and reports it there.
            return [];
        }

        return files;
    }

    private sealed record Outcome(string DefaultId, Fragment? Fragment, IReadOnlyList<Diagnostic> Diagnostics, ExceptionDispatchInfo? Failure)
    {
        public static Outcome Of(IPolicyTree tree, string path, string defaultId)
        {
            var diagnostics = new DiagnosticBag();
            try
            {
                return new Outcome(defaultId, FragmentReader.Read(tree, path, defaultId, diagnostics), diagnostics.Items, null);
            }
            catch (Exception ex)
            {
                // Rethrown when the loader takes this file, as its own read would have thrown it.
                return new Outcome(defaultId, null, diagnostics.Items, ExceptionDispatchInfo.Capture(ex));
            }
        }
    }
}
