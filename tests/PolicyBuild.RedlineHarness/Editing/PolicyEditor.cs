using System.Collections.Immutable;
using PolicyBuild.RedlineHarness.Model;

namespace PolicyBuild.RedlineHarness.Editing;

/// <summary>
/// Applies an edit script to a baseline to make its draft. Each edit picks its targets modulo what
/// exists; an edit that does not apply (no table to add a row to) is skipped and not reported.
/// </summary>
public sealed partial class PolicyEditor
{
    private int _fresh;

    /// <summary>The draft and the kinds of edit that were applied.</summary>
    public static (GenPolicy Draft, ImmutableSortedSet<EditKind> Applied) Apply(GenPolicy baseline, IEnumerable<Edit> edits)
    {
        var editor = new PolicyEditor();
        var policy = baseline;
        var applied = ImmutableSortedSet.CreateBuilder<EditKind>();
        foreach (var edit in edits)
        {
            if (editor.Apply(policy, edit) is { } changed)
            {
                policy = changed;
                applied.Add(edit.Kind);
            }
        }

        // New material holds placeholder references: point them at the draft's ids.
        return (Generation.PolicyGen.ResolveReferences(policy, "e"), applied.ToImmutable());
    }

    private GenPolicy? Apply(GenPolicy p, Edit e) => e.Kind switch
    {
        EditKind.InsertClause => InsertClause(p, e),
        EditKind.DeleteClause => WithClause(p, e.A, (s, i) => s.RemoveAt(i)),
        EditKind.MoveClause => MoveClause(p, e),
        EditKind.SwapClauses => WithClause(p, e.A, (s, i) => i + 1 < s.Count ? s.SetItem(i, s[i + 1]).SetItem(i + 1, s[i]) : null),
        EditKind.SplitClause => WithClause(p, e.A, (s, i) => s[i].Blocks.Count < 2 ? null : Split(s, i, 1 + (e.B % (s[i].Blocks.Count - 1)))),
        EditKind.MergeClauses => WithClause(p, e.A, (s, i) => i + 1 < s.Count
            ? s.SetItem(i, s[i] with { Blocks = s[i].Blocks.AddRange(s[i + 1].Blocks) }).RemoveAt(i + 1) : null),
        EditKind.InsertSection => p with { Sections = p.Sections.Insert(e.A % (p.Sections.Count + 1),
            new GenSection(Fresh("part"), Title(e.Phrase), e.C % 3 == 0 ? e.Paragraph : null, [NewClause(e), NewClause(e with { B = e.B + 1 })])) },
        EditKind.DeleteSection => p.Sections.Count < 2 ? null : p with { Sections = p.Sections.RemoveAt(e.A % p.Sections.Count) },
        EditKind.MoveSection => MoveSection(p, e),
        EditKind.RetitleSection => WithSection(p, e.A, s => s with { Title = Title(e.Phrase) }),
        EditKind.ChangeIntro => WithSection(p, e.A, s => s with
        {
            Intro = s.Intro is null ? e.Paragraph : e.B % 2 == 0 ? null : EditWords(s.Intro, e.C % 3, e) ?? e.Paragraph,
        }),
        EditKind.EditWordsAtStart => WithParagraph(p, e, text => EditWords(text, 0, e)),
        EditKind.EditWordsInMiddle => WithParagraph(p, e, text => EditWords(text, 1, e)),
        EditKind.EditWordsAtEnd => WithParagraph(p, e, text => EditWords(text, 2, e)),
        EditKind.AddParagraph => WithBlocks(p, e.A, b => b.Insert(e.B % (b.Count + 1), e.Paragraph)),
        EditKind.RemoveParagraph => WithBlocks(p, e.A, b => b.Count < 2 || b[e.B % b.Count] is not GenParagraph ? null : b.RemoveAt(e.B % b.Count)),
        EditKind.AddListItem => WithBlock<GenList>(p, e, l => l with { Items = AddItem(l.Items, e) }),
        EditKind.RemoveListItem => WithBlock<GenList>(p, e, l => RemoveItem(l, e)),
        EditKind.AddTableRow => WithBlock<GenTable>(p, e, t => t with { Rows = t.Rows.Insert(1 + (e.B % t.Rows.Count), Cells(e.Phrase, t.Rows[0].Count)) }),
        EditKind.RemoveTableRow => WithBlock<GenTable>(p, e, t => t.Rows.Count < 3 ? null : t with { Rows = t.Rows.RemoveAt(1 + (e.B % (t.Rows.Count - 1))) }),
        EditKind.AddTableColumn => WithBlock<GenTable>(p, e, t => t.Rows[0].Count > 3 ? null
            : t with { Rows = [.. t.Rows.Select(r => r.Insert(e.B % (r.Count + 1), e.Phrase))] }),
        EditKind.RemoveTableColumn => WithBlock<GenTable>(p, e, t => t.Rows[0].Count < 2 ? null
            : t with { Rows = [.. t.Rows.Select(r => r.RemoveAt(e.B % r.Count))] }),
        EditKind.AddTable => WithBlocks(p, e.A, b => b.Insert(e.B % (b.Count + 1), new GenTable([Cells(e.Phrase, 2), Cells(e.Phrase + " new", 2)]))),
        EditKind.RemoveTable => WithBlocks(p, e.A, b => b.Count > 1 && b.FindIndex(x => x is GenTable) is var i and >= 0 ? b.RemoveAt(i) : null),
        EditKind.ChangeEmphasis => WithParagraph(p, e, ToggleEmphasis),
        EditKind.ChangeClauseTitle => WithClause(p, e.A, (s, i) => s.SetItem(i, s[i] with { Title = s[i].Title is null ? e.Phrase : e.B % 2 == 0 ? null : e.Phrase + " rules" })),
        EditKind.ChangeFootnote => WithParagraph(p, e, text => ChangeFootnote(text, e)),
        EditKind.ChangeLinkTarget => WithParagraph(p, e, text => ChangeLink(text, e)),
        EditKind.ChangeMetadata => p with { Version = "2.0", Cycle = e.B % 2 == 0 ? "every three years" : "every two years" },
        _ => null,
    };

    private string Fresh(string stem) => $"{stem}-new{++_fresh}";

    private GenClause NewClause(Edit e) =>
        new(Fresh("rule"), e.B % 3 == 0 ? e.Phrase : null, e.C % 2 == 0 ? [e.Paragraph] : [e.Paragraph, e.Block]);

    private static string Title(string phrase) => char.ToUpperInvariant(phrase[0]) + phrase[1..];

    private static ImmutableList<string> Cells(string phrase, int count) => [.. Enumerable.Range(0, count).Select(i => i == 0 ? phrase : $"{phrase} {i}")];

    private GenPolicy? InsertClause(GenPolicy p, Edit e)
    {
        var si = e.A % p.Sections.Count;
        var clauses = p.Sections[si].Clauses;
        return SetClauses(p, si, clauses.Insert(e.B % (clauses.Count + 1), NewClause(e)));
    }

    private static GenPolicy? MoveClause(GenPolicy p, Edit e)
    {
        var all = Positions(p);
        if (all.Count < 2)
        {
            return null;
        }

        var (si, ci) = all[e.A % all.Count];
        var clause = p.Sections[si].Clauses[ci];
        var removed = SetClauses(p, si, p.Sections[si].Clauses.RemoveAt(ci));
        var target = e.B % removed.Sections.Count;
        var clauses = removed.Sections[target].Clauses;
        var at = e.C % (clauses.Count + 1);
        return target == si && at == ci ? null : SetClauses(removed, target, clauses.Insert(at, clause));
    }

    private static GenPolicy? MoveSection(GenPolicy p, Edit e)
    {
        if (p.Sections.Count < 2)
        {
            return null;
        }

        var from = e.A % p.Sections.Count;
        var to = e.B % p.Sections.Count;
        return from == to ? null : p with { Sections = p.Sections.RemoveAt(from).Insert(to, p.Sections[from]) };
    }

    private ImmutableList<GenClause> Split(ImmutableList<GenClause> clauses, int index, int at)
    {
        var clause = clauses[index];
        var second = new GenClause(Fresh("part"), null, clause.Blocks.RemoveRange(0, at));
        return clauses.SetItem(index, clause with { Blocks = clause.Blocks.GetRange(0, at) }).Insert(index + 1, second);
    }
}
