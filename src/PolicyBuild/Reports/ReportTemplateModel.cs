using PolicyBuild.Diff;
using PolicyBuild.Model;
using PolicyBuild.Templates;
using Scriban.Runtime;

namespace PolicyBuild.Reports;

/// <summary>
/// What a report template sees: <c>report.*</c> (metadata and parts), <c>policy.*</c>,
/// <c>changes.*</c> (computed by the redline, never typed) and <c>appendices</c>.
/// </summary>
public static class ReportTemplateModel
{
    public static ScriptObject Create(ReportSource report, Policy policy, ChangeSet? changes, IReadOnlyList<Appendix> appendices) => new()
    {
        ["report"] = Describe(report),
        ["policy"] = PolicyTemplateModel.Describe(policy),
        ["changes"] = DescribeChanges(changes),
        ["appendices"] = appendices.Select(a => new ScriptObject { ["number"] = a.Number, ["title"] = a.Title, ["file"] = a.FileName }).ToList(),
    };

    private static ScriptObject Describe(ReportSource report)
    {
        var parts = new ScriptObject();
        foreach (var (key, markdown) in report.Parts)
        {
            parts[key.Replace('-', '_')] = markdown;
        }

        var m = report.Metadata;
        return new ScriptObject
        {
            ["committee"] = m.Committee,
            ["meeting_date"] = DisplayDate.Of(m.MeetingDate),
            ["item"] = m.Item,
            ["title"] = m.Title,
            ["report_of"] = m.ReportOf,
            ["prepared_by"] = m.PreparedBy,
            ["parts"] = parts,
        };
    }

    private static ScriptObject DescribeChanges(ChangeSet? changes)
    {
        var clauses = changes?.Clauses ?? [];
        ScriptObject Clause(ClauseChange c) => new()
        {
            ["id"] = c.Id, ["old_number"] = c.OldNumber ?? "", ["new_number"] = c.NewNumber ?? "",
            ["section"] = c.Section, ["excerpt"] = c.Excerpt,
            ["words_inserted"] = c.WordsInserted, ["words_deleted"] = c.WordsDeleted,
        };
        List<ScriptObject> Of(ChangeKind kind) => clauses.Where(c => c.Kind == kind).Select(Clause).ToList();
        return new ScriptObject
        {
            ["has_changes"] = changes is not null && (changes.Summary.Length > 0),
            ["baseline_version"] = changes?.BaselineVersion ?? "",
            ["counts"] = new ScriptObject
            {
                ["added"] = Of(ChangeKind.Added).Count, ["removed"] = Of(ChangeKind.Removed).Count,
                ["amended"] = Of(ChangeKind.Amended).Count, ["moved"] = Of(ChangeKind.Moved).Count,
                ["renumbered"] = Of(ChangeKind.Renumbered).Count,
                ["sections_removed"] = changes?.Sections.Count(s => s.Kind == ChangeKind.Removed) ?? 0,
                ["sections_added"] = changes?.Sections.Count(s => s.Kind == ChangeKind.Added) ?? 0,
            },
            ["summary"] = (changes?.Summary ?? []).Select(s => new ScriptObject { ["kind"] = s.Kind, ["text"] = s.Text }).ToList(),
            ["added"] = Of(ChangeKind.Added),
            ["amended"] = Of(ChangeKind.Amended),
            ["removed"] = Of(ChangeKind.Removed),
            ["moved"] = Of(ChangeKind.Moved),
            ["metadata"] = (changes?.Metadata ?? []).Select(m => new ScriptObject { ["field"] = m.Field, ["old"] = m.Old, ["new"] = m.New }).ToList(),
        };
    }
}
