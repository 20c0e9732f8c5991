using System.Collections.Immutable;
using CsCheck;
using PolicyBuild.RedlineHarness.Model;

namespace PolicyBuild.RedlineHarness.Generation;

/// <summary>CsCheck generators of random policies: every construct the authoring format allows, in small sizes so failures shrink.</summary>
public static class PolicyGen
{
    public static readonly Gen<string> Word = Gen.Frequency(
        (6, Gen.OneOf(Words.Plain)),
        (1, Gen.OneOf(Words.Special)));

    public static readonly Gen<string> Phrase = Word.Array[1, 4].Select(w => string.Join(' ', w));

    private static readonly Gen<GenInline> PlainInline = Gen.Frequency(
        (10, Word.Select(w => (GenInline)new GenWord(w))),
        (2, Gen.Select(Word, Gen.OneOf(Emphasis.Bold, Emphasis.Italic), (w, e) => (GenInline)new GenWord(w, e))),
        (1, Gen.Select(Phrase, Gen.Int[1, 9], (t, n) => (GenInline)new GenLink(t, $"https://example.org/page/{n}"))));

    /// <summary>A cross-reference target is a placeholder until the policy's ids are known (<see cref="ResolveReferences"/>).</summary>
    private static readonly Gen<GenInline> Inline = Gen.Frequency(
        (20, PlainInline),
        (1, Gen.Int[0, 99].Select(n => (GenInline)new GenCrossReference($"?{n}"))),
        (1, Phrase.Select(note => (GenInline)new GenFootnote("?", note))));

    public static readonly Gen<GenParagraph> PlainParagraph = PlainInline.List[1, 8].Select(i => new GenParagraph([.. i]));

    public static readonly Gen<GenParagraph> Paragraph = Gen.Select(Word, Inline.List[0, 10], (first, rest) =>
        new GenParagraph([new GenWord(first), .. rest]));

    private static readonly Gen<GenItem> Item = Gen.Select(PlainParagraph, PlainParagraph.List[0, 2].Select(c => c.ToImmutableList()),
        Gen.Int[0, 3], (text, children, nested) => new GenItem(text, nested == 0 ? children : []));

    public static readonly Gen<GenBlock> List = Gen.Select(Gen.Bool, Item.List[1, 4], (lettered, items) =>
        (GenBlock)new GenList(lettered, [.. items]));

    public static readonly Gen<GenBlock> Table = Gen.Int[1, 3].SelectMany(columns =>
        Phrase.List[columns, columns].Select(r => r.ToImmutableList()).List[2, 4].Select(rows => (GenBlock)new GenTable([.. rows])));

    public static readonly Gen<GenBlock> Block = Gen.Frequency(
        (8, Paragraph.Select(p => (GenBlock)p)),
        (2, List),
        (1, Table));

    private static readonly Gen<(int IdStyle, string? Title, ImmutableList<GenBlock> Blocks)> ClauseShape = Gen.Select(
        Gen.Int[0, 9], Gen.Frequency((2, Gen.Const((string?)null)), (1, Phrase.Select(t => (string?)t))),
        Gen.Select(Paragraph, Block.List[0, 3], (first, rest) => ImmutableList.Create<GenBlock>(first).AddRange(rest)),
        (int style, string? title, ImmutableList<GenBlock> blocks) => (style, title, blocks));

    private static readonly Gen<(int IdStyle, string Title, GenParagraph? Intro, List<(int, string?, ImmutableList<GenBlock>)> Clauses)> SectionShape = Gen.Select(
        Gen.Int[0, 9], Gen.OneOf(Words.Titles), Gen.Frequency((3, Gen.Const((GenParagraph?)null)), (1, PlainParagraph.Select(p => (GenParagraph?)p))),
        ClauseShape.List[0, 4],
        (int style, string title, GenParagraph? intro, List<(int IdStyle, string? Title, ImmutableList<GenBlock> Blocks)> clauses) => (style, title, intro, clauses));

    public static readonly Gen<GenPolicy> Policy = SectionShape.List[1, 4].Select(sections => ResolveReferences(Name(sections), "n"));

    /// <summary>Ids: mostly words with a counter, sometimes the shortest allowed, two letters (<c>10-aa.md</c>, folder <c>10-zz</c>), or a front-matter <c>id:</c>.</summary>
    private static GenPolicy Name(List<(int IdStyle, string Title, GenParagraph? Intro, List<(int, string?, ImmutableList<GenBlock>)> Clauses)> shapes)
    {
        var clauseCount = 0;
        var sections = shapes.Select((s, i) =>
        {
            var sectionId = s.IdStyle == 0 ? new string((char)('z' - i), 2) : $"{Words.Slugs[s.IdStyle % Words.Slugs.Length]}-s{i + 1}";
            var clauses = s.Clauses.Select(c =>
            {
                var (style, title, blocks) = c;
                var n = clauseCount++;
                var id = style == 0 && n < 10 ? new string((char)('a' + n), 2) : $"{Words.Slugs[style % Words.Slugs.Length]}-{n + 1}";
                return new GenClause(id, title, blocks, IdInFrontMatter: style == 1);
            });
            return new GenSection(sectionId, s.Title, s.Intro, [.. clauses]);
        });
        return new GenPolicy("1.0", "annually", [.. sections]);
    }

    /// <summary>Points each cross-reference at a real id and gives each footnote a label unique in the policy.</summary>
    /// <remarks>Only placeholders are touched: resolved references keep their targets.</remarks>
    public static GenPolicy ResolveReferences(GenPolicy policy, string labelPrefix)
    {
        var ids = policy.Sections.Select(s => s.Id).Concat(policy.Clauses.Select(c => c.Id)).ToList();
        if (ids.Count == 0)
        {
            return policy;
        }

        var notes = 0;
        GenInline Resolve(GenInline inline) => inline switch
        {
            GenCrossReference { TargetId: var t } when t.StartsWith('?') => new GenCrossReference(ids[int.Parse(t[1..]) % ids.Count]),
            GenFootnote { Label: "?" } f => f with { Label = $"{labelPrefix}{++notes}" },
            _ => inline,
        };
        return PolicyMap.Inlines(policy, Resolve);
    }
}
