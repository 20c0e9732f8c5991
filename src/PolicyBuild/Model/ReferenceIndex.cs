using System.Collections.Immutable;

namespace PolicyBuild.Model;

/// <summary>Looks up the current number of a section or clause by id.</summary>
public sealed class ReferenceIndex
{
    private readonly ImmutableDictionary<string, ReferenceTarget> _targets;

    private ReferenceIndex(ImmutableDictionary<string, ReferenceTarget> targets) => _targets = targets;

    public static ReferenceIndex For(IEnumerable<Section> sections)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, ReferenceTarget>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            builder.TryAdd(section.Id, new ReferenceTarget(section.Id, ReferenceKind.Section, section.Number));
            foreach (var clause in section.Clauses)
            {
                builder.TryAdd(clause.Id, new ReferenceTarget(clause.Id, ReferenceKind.Clause, clause.Number));
            }
        }

        return new ReferenceIndex(builder.ToImmutable());
    }

    public bool TryResolve(string id, out ReferenceTarget target) => _targets.TryGetValue(id, out target!);
}
