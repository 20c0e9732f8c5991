using System.Collections.Immutable;
using PolicyBuild.RedlineHarness.Model;

namespace PolicyBuild.RedlineHarness.Editing;

/// <summary>Edits inside a clause: its blocks, a paragraph's words, a list's items.</summary>
public sealed partial class PolicyEditor
{
    private static List<(int Section, int Clause)> Positions(GenPolicy p) =>
        [.. p.Sections.SelectMany((s, si) => s.Clauses.Select((_, ci) => (si, ci)))];

    private static GenPolicy SetClauses(GenPolicy p, int si, ImmutableList<GenClause> clauses) =>
        p with { Sections = p.Sections.SetItem(si, p.Sections[si] with { Clauses = clauses }) };

    /// <summary>Changes the clause list of the section holding clause number <paramref name="pick"/> (mod the count).</summary>
    private static GenPolicy? WithClause(GenPolicy p, int pick, Func<ImmutableList<GenClause>, int, ImmutableList<GenClause>?> change)
    {
        var all = Positions(p);
        if (all.Count == 0)
        {
            return null;
        }

        var (si, ci) = all[pick % all.Count];
        return change(p.Sections[si].Clauses, ci) is { } clauses ? SetClauses(p, si, clauses) : null;
    }

    private static GenPolicy? WithSection(GenPolicy p, int pick, Func<GenSection, GenSection> change)
    {
        var si = pick % p.Sections.Count;
        return p with { Sections = p.Sections.SetItem(si, change(p.Sections[si])) };
    }

    private static GenPolicy? WithBlocks(GenPolicy p, int pick, Func<ImmutableList<GenBlock>, ImmutableList<GenBlock>?> change) =>
        WithClause(p, pick, (s, i) => change(s[i].Blocks) is { } blocks ? s.SetItem(i, s[i] with { Blocks = blocks }) : null);

    /// <summary>Changes the <paramref name="e"/>.A-th block of type <typeparamref name="T"/> in the policy.</summary>
    private static GenPolicy? WithBlock<T>(GenPolicy p, Edit e, Func<T, GenBlock?> change)
        where T : GenBlock
    {
        var places = Positions(p).SelectMany(pos => p.Sections[pos.Section].Clauses[pos.Clause].Blocks
            .Select((b, bi) => (pos, b, bi)).Where(x => x.b is T)).ToList();
        if (places.Count == 0)
        {
            return null;
        }

        var ((si, ci), block, index) = places[e.A % places.Count];
        if (change((T)block) is not { } changed)
        {
            return null;
        }

        var clause = p.Sections[si].Clauses[ci];
        return SetClauses(p, si, p.Sections[si].Clauses.SetItem(ci, clause with { Blocks = clause.Blocks.SetItem(index, changed) }));
    }

    /// <summary>Changes one paragraph: a clause paragraph or a list item's text, chosen by <paramref name="e"/>.A.</summary>
    private static GenPolicy? WithParagraph(GenPolicy p, Edit e, Func<GenParagraph, GenParagraph?> change)
    {
        var count = p.Clauses.SelectMany(c => c.Blocks).Sum(b => b switch { GenParagraph => 1, GenList l => l.Items.Count, _ => 0 });
        if (count == 0)
        {
            return null;
        }

        var target = e.A % count;
        var seen = 0;
        var changedAny = false;
        GenBlock Visit(GenBlock block)
        {
            switch (block)
            {
                case GenParagraph paragraph when seen++ == target:
                    if (change(paragraph) is { } changed)
                    {
                        changedAny = true;
                        return changed;
                    }

                    return paragraph;
                case GenList list:
                    return list with
                    {
                        Items = [.. list.Items.Select(item => seen++ == target && change(item.Text) is { } text
                            ? Changed(item with { Text = text }) : item)],
                    };
                default:
                    return block;
            }
        }

        GenItem Changed(GenItem item)
        {
            changedAny = true;
            return item;
        }

        var result = p with
        {
            Sections = [.. p.Sections.Select(s => s with { Clauses = [.. s.Clauses.Select(c => c with { Blocks = [.. c.Blocks.Select(Visit)] })] })],
        };
        return changedAny ? result : null;
    }

    /// <summary>Inserts, deletes or replaces a word at the start (0), middle (1) or end (2).</summary>
    private static GenParagraph? EditWords(GenParagraph paragraph, int where, Edit e)
    {
        var inlines = paragraph.Inlines;
        var at = where switch { 0 => 0, 1 => inlines.Count / 2, _ => inlines.Count - 1 };
        var words = e.Phrase.Split(' ').Select(w => (GenInline)new GenWord(w)).ToList();
        return (e.B % 3) switch
        {
            0 => new GenParagraph(where == 2 ? inlines.AddRange(words) : inlines.InsertRange(at, words)),
            1 when inlines.Count > 1 && !(at == 0 && inlines[1] is GenFootnote) => new GenParagraph(inlines.RemoveAt(at)),
            _ when inlines[at] is GenWord => new GenParagraph(inlines.RemoveAt(at).InsertRange(at, words)),
            _ => null,
        };
    }

    private static GenParagraph? ToggleEmphasis(GenParagraph paragraph)
    {
        var index = paragraph.Inlines.FindIndex(i => i is GenWord);
        if (index < 0)
        {
            return null;
        }

        var word = (GenWord)paragraph.Inlines[index];
        var next = word.Emphasis switch { Emphasis.None => Emphasis.Bold, Emphasis.Bold => Emphasis.Italic, _ => Emphasis.None };
        return new GenParagraph(paragraph.Inlines.SetItem(index, word with { Emphasis = next }));
    }

    private GenParagraph ChangeFootnote(GenParagraph paragraph, Edit e)
    {
        var index = paragraph.Inlines.FindIndex(i => i is GenFootnote);
        return index < 0
            ? new GenParagraph(paragraph.Inlines.Add(new GenFootnote(Fresh("fn"), e.Phrase)))
            : new GenParagraph(paragraph.Inlines.SetItem(index, ((GenFootnote)paragraph.Inlines[index]) with { Note = e.Phrase + " (revised)" }));
    }

    private static GenParagraph ChangeLink(GenParagraph paragraph, Edit e)
    {
        var index = paragraph.Inlines.FindIndex(i => i is GenLink);
        return index < 0
            ? new GenParagraph(paragraph.Inlines.Add(new GenLink(e.Phrase, $"https://example.org/new/{e.C % 10}")))
            : new GenParagraph(paragraph.Inlines.SetItem(index, ((GenLink)paragraph.Inlines[index]) with { Url = $"https://example.org/moved/{e.C % 10}" }));
    }

    private static ImmutableList<GenItem> AddItem(ImmutableList<GenItem> items, Edit e)
    {
        var at = e.B % (items.Count + 1);
        if (e.C % 3 == 0 && items.Count > 0)
        {
            var parent = items[at % items.Count];
            return items.SetItem(at % items.Count, parent with { Children = parent.Children.Add(e.Paragraph) });
        }

        return items.Insert(at, new GenItem(e.Paragraph, []));
    }

    private static GenList? RemoveItem(GenList list, Edit e)
    {
        var at = e.B % list.Items.Count;
        if (e.C % 2 == 0 && list.Items[at].Children.Count > 0)
        {
            return list with { Items = list.Items.SetItem(at, list.Items[at] with { Children = list.Items[at].Children.RemoveAt(0) }) };
        }

        return list.Items.Count < 2 ? null : list with { Items = list.Items.RemoveAt(at) };
    }
}
