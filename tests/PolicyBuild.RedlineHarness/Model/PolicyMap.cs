using System.Collections.Immutable;

namespace PolicyBuild.RedlineHarness.Model;

/// <summary>Rewrites every inline of a policy (clause paragraphs, list items, section intros).</summary>
public static class PolicyMap
{
    public static GenPolicy Inlines(GenPolicy policy, Func<GenInline, GenInline> map) => policy with
    {
        Sections = [.. policy.Sections.Select(s => s with
        {
            Intro = s.Intro is null ? null : Paragraph(s.Intro, map),
            Clauses = [.. s.Clauses.Select(c => c with { Blocks = [.. c.Blocks.Select(b => Block(b, map))] })],
        })],
    };

    private static GenBlock Block(GenBlock block, Func<GenInline, GenInline> map) => block switch
    {
        GenParagraph p => Paragraph(p, map),
        GenList l => l with { Items = [.. l.Items.Select(i => new GenItem(Paragraph(i.Text, map), [.. i.Children.Select(c => Paragraph(c, map))]))] },
        _ => block,
    };

    private static GenParagraph Paragraph(GenParagraph paragraph, Func<GenInline, GenInline> map) =>
        new([.. paragraph.Inlines.Select(map)]);
}
