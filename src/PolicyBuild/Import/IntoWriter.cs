using System.Collections.Immutable;
using Markdig;
using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Markdown.CrossReferences;

namespace PolicyBuild.Import;

/// <summary>
/// Applies an <see cref="IntoPlan"/> to the policy folder: first to a copy, which must load like any
/// policy, then to the folder itself — removals, moves (through parked names, so two files may swap
/// names), and only the files whose text changed. Returns the files written, moved and removed.
/// </summary>
internal sealed class IntoWriter(MarkdownPipeline pipeline)
{
    /// <summary>Applies the plan to a copy of the folder, which must load; throws, having changed nothing, when it does not.</summary>
    public void Check(string target, IntoPlan plan, IReadOnlyDictionary<string, string> files)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"policybuild-into-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            CopyFolder(target, copy);
            Edit(new FolderEditor(copy, useGit: false), plan, files);
            try
            {
                new PolicyLoader(new CrossReferenceValidator(pipeline)).Load(new DirectoryPolicyTree(copy, target));
            }
            catch (PolicyBuildException ex)
            {
                throw new PolicyBuildException([Diagnostic.Error(new SourceLocation(target), "the imported fragments do not load (please report this as a bug); nothing was changed"), .. ex.Diagnostics]);
            }
        }
        finally
        {
            if (Directory.Exists(copy))
            {
                Directory.Delete(copy, recursive: true);
            }
        }
    }

    public IntoChanges Apply(string target, IntoPlan plan, IReadOnlyDictionary<string, string> files)
    {
        var editor = new FolderEditor(target, FolderEditor.InGitWorkTree(target));
        return Edit(editor, plan, files);
    }

    private static IntoChanges Edit(FolderEditor editor, IntoPlan plan, IReadOnlyDictionary<string, string> files)
    {
        foreach (var path in plan.Removed)
        {
            editor.Remove(path);
        }

        // Park every moving file and folder first: a new name may still be taken by another that moves away.
        var folderMoves = plan.Moves.Where(m => !m.From.Contains('/')).ToList();
        var fileMoves = plan.Moves.Where(m => m.From.Contains('/')).ToList();
        var parked = fileMoves.Select((m, i) => (Parked: $".into-{i}-{Path.GetFileName(m.From)}", m.To)).ToList();
        foreach (var ((from, _), (park, _)) in fileMoves.Zip(parked))
        {
            editor.Move(from, park);
        }

        var parkedFolders = folderMoves.Select((m, i) => (Parked: $".into-folder-{i}", m.To)).ToList();
        foreach (var ((from, _), (park, _)) in folderMoves.Zip(parkedFolders))
        {
            editor.Move(from, park);
        }

        foreach (var (park, to) in parkedFolders.Concat(parked))
        {
            editor.Move(park, to);
        }

        var written = files.Where(f => editor.Write(f.Key, f.Value)).Select(f => f.Key).ToImmutableArray();
        editor.RemoveEmptyFolders(plan.Removed.Concat(plan.Moves.Select(m => m.From)).Select(p => p.Contains('/') ? p[..p.LastIndexOf('/')] : p).Distinct());
        return new IntoChanges(written, [.. plan.Moves], plan.Removed);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}

/// <summary>What <c>import --into</c> changed in the folder.</summary>
/// <param name="Written">Files written because their text changed or they are new.</param>
/// <param name="Moved">Files and folders that moved or were renamed.</param>
/// <param name="Removed">Files removed.</param>
public sealed record IntoChanges(ImmutableArray<string> Written, ImmutableArray<(string From, string To)> Moved, ImmutableArray<string> Removed);
