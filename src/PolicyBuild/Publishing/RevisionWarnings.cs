using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Diff;
using PolicyBuild.Model;

namespace PolicyBuild.Publishing;

/// <summary>
/// What a reviewer of a redline would raise about the revision itself: a change note on a clause that
/// did not change, a version number left as the baseline's, and a <c>revisions:</c> date older than a
/// git baseline (every change would be attributed to a past date).
/// </summary>
public static class RevisionWarnings
{
    public static IReadOnlyList<Diagnostic> For(Policy baseline, Policy draft, ChangeSet changes, IPolicyTree baselineTree)
    {
        var warnings = new List<Diagnostic>();
        var changed = changes.Clauses.Where(c => c.Kind != ChangeKind.Renumbered).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var clause in draft.Clauses.Where(c => c.Note is not null && !changed.Contains(c.Id)))
        {
            warnings.Add(Diagnostic.Warning(clause.NoteLocation ?? clause.BodyLocation,
                $"clause {clause.Number} has a change note but did not change since version {baseline.Metadata.Version}: " +
                "remove the note (notes explain this revision's changes)"));
        }

        if (draft.Metadata.Version == baseline.Metadata.Version)
        {
            warnings.Add(Diagnostic.Warning(draft.Metadata.VersionLocation ?? new SourceLocation(MetadataReader.FileName),
                $"version '{draft.Metadata.Version}' is the baseline's: give the revised policy a new version number"));
        }

        if (baselineTree is GitPolicyTree { CommittedAt: { } committed } && draft.Metadata.Revisions is { } revisions
            && revisions.Date < committed)
        {
            warnings.Add(Diagnostic.Warning(revisions.Location ?? new SourceLocation(MetadataReader.FileName),
                $"revisions date {revisions.Date:yyyy-MM-dd} is older than the baseline ({baselineTree.DisplayRoot}, committed {committed:yyyy-MM-dd}): " +
                "every change would be attributed to that past date; update 'revisions' or remove it"));
        }

        return warnings;
    }
}
