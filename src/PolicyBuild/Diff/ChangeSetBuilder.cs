using System.Collections.Immutable;
using PolicyBuild.Layout;
using PolicyBuild.Model;

namespace PolicyBuild.Diff;

/// <summary>Turns the redline's unit outcomes into the clause-level change model, with numbers and titles from both versions.</summary>
public static class ChangeSetBuilder
{
    public static ChangeSet Build(Policy baseline, Policy draft, Redline redline)
    {
        var oldClauses = Index(baseline);
        var newClauses = Index(draft);
        var oldSections = baseline.Sections.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var newSections = draft.Sections.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var clauses = ImmutableArray.CreateBuilder<ClauseChange>();
        var sections = ImmutableArray.CreateBuilder<SectionChange>();

        // A clause that moved only because its whole section did is not a move of its own: the
        // section's move says it once, and the clause's new number follows from it.
        var movedSections = redline.Outcomes.Where(o => UnitKeys.IsSection(o.UnitKey) && o.Kind == UnitChangeKind.Moved)
            .Select(o => UnitKeys.IdOf(o.UnitKey)).ToHashSet(StringComparer.Ordinal);
        foreach (var outcome in redline.Outcomes)
        {
            var id = UnitKeys.IdOf(outcome.UnitKey);
            if (UnitKeys.IsClause(outcome.UnitKey))
            {
                oldClauses.TryGetValue(id, out var before);
                newClauses.TryGetValue(id, out var after);
                var withItsSection = outcome.Kind == UnitChangeKind.Moved && before.Section is { } from && after.Section is { } to
                    && from.Id == to.Id && movedSections.Contains(to.Id);
                if (ClauseKind(withItsSection ? outcome with { Kind = UnitChangeKind.Changed } : outcome, before, after) is { } kind)
                {
                    var (clause, section) = after.Clause is not null ? after : before;
                    clauses.Add(new ClauseChange(kind, id, before.Clause?.Number, after.Clause?.Number, section?.Title ?? string.Empty,
                        Excerpt(clause), outcome.WordsInserted, outcome.WordsDeleted, after.Clause?.Note));
                }
            }
            else if (UnitKeys.IsSection(outcome.UnitKey))
            {
                oldSections.TryGetValue(id, out var before);
                newSections.TryGetValue(id, out var after);
                if (SectionKind(outcome, before, after) is { } kind)
                {
                    sections.Add(new SectionChange(kind, id, before?.Number, after?.Number, before?.Title, after?.Title));
                }
            }
        }

        var metadata = MetadataChanges(baseline.Metadata, draft.Metadata);
        var summary = ChangeSummary.Write(clauses, sections, metadata);
        return new ChangeSet(draft.Metadata.ShortName, baseline.Metadata.Version, draft.Metadata.Version,
            clauses.ToImmutable(), sections.ToImmutable(), metadata, summary);
    }

    private static ChangeKind? ClauseKind(UnitOutcome outcome, (Clause? Clause, Section? Section) before, (Clause? Clause, Section? Section) after) => outcome.Kind switch
    {
        UnitChangeKind.Inserted => ChangeKind.Added,
        UnitChangeKind.Deleted => ChangeKind.Removed,
        UnitChangeKind.Moved => ChangeKind.Moved,
        _ when outcome.TextChanged => ChangeKind.Amended,
        _ when before.Clause?.Number != after.Clause?.Number => ChangeKind.Renumbered,
        _ => null,
    };

    private static ChangeKind? SectionKind(UnitOutcome outcome, Section? before, Section? after) => outcome.Kind switch
    {
        UnitChangeKind.Inserted => ChangeKind.Added,
        UnitChangeKind.Deleted => ChangeKind.Removed,
        UnitChangeKind.Moved => ChangeKind.Moved,
        _ when before?.Title != after?.Title => ChangeKind.Retitled,
        _ when outcome.TextChanged => ChangeKind.Amended,
        _ when before?.Number != after?.Number => ChangeKind.Renumbered,
        _ => null,
    };

    private static Dictionary<string, (Clause? Clause, Section? Section)> Index(Policy policy) =>
        policy.Sections.SelectMany(s => s.Clauses.Select(c => (c, s)))
            .ToDictionary(p => p.c.Id, p => ((Clause?)p.c, (Section?)p.s), StringComparer.Ordinal);

    private static string Excerpt(Clause? clause)
    {
        if (clause is null)
        {
            return string.Empty;
        }

        if (!string.IsNullOrEmpty(clause.Title))
        {
            return clause.Title;
        }

        var words = clause.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(10).ToList();
        return string.Join(' ', words) + (words.Count == 10 ? " …" : string.Empty);
    }

    private static ImmutableArray<MetadataChange> MetadataChanges(PolicyMetadata before, PolicyMetadata after)
    {
        var fields = new (string Name, string Old, string New)[]
        {
            ("title", before.Title, after.Title),
            ("version", before.Version, after.Version),
            ("status", before.Status.ToString().ToLowerInvariant(), after.Status.ToString().ToLowerInvariant()),
            ("owner", $"{before.Owner.Role}, {before.Owner.Service}", $"{after.Owner.Role}, {after.Owner.Service}"),
            ("committee", before.Adoption.Committee, after.Adoption.Committee),
            ("review cycle", before.Review.Cycle, after.Review.Cycle),
            ("next review", DisplayDate.Of(before.Review.Next), DisplayDate.Of(after.Review.Next)),
        };
        return [.. fields.Where(f => f.Old != f.New).Select(f => new MetadataChange(f.Name, f.Old, f.New))];
    }
}
