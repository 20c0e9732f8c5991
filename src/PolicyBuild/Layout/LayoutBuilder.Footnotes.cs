using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace PolicyBuild.Layout;

public sealed partial class LayoutBuilder
{
    /// <summary>
    /// Lays out every footnote first, so references can name them. A footnote's key includes a
    /// hash of its text, so a redline sees an edited footnote as a different one.
    /// </summary>
    private void CollectFootnotes(MarkdownDocument document, LayoutBuildState state)
    {
        foreach (var footnote in document.Descendants<Footnote>())
        {
            var paragraphs = ImmutableArray.CreateBuilder<LayoutParagraph>();
            foreach (var paragraph in footnote.Descendants<ParagraphBlock>())
            {
                var runs = ImmutableArray.CreateBuilder<LayoutRun>();
                AddInlines(paragraph.Inline, RunFormat.None, null, runs, state);
                paragraphs.Add(new LayoutParagraph("footnote", StyleIds.FootnoteText, RunMerger.Merge(runs)));
            }

            var text = string.Join("\n", paragraphs.Select(p => p.Text));
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
            var key = $"{footnote.Label}~{hash}";
            state.FootnoteKeys[footnote.Label!] = key;
            state.Footnotes.Add(new LayoutFootnote(key, paragraphs.ToImmutable()));
        }
    }

    /// <summary>The contents lists top-level headings that have a bookmark (the sections).</summary>
    private static ImmutableArray<LayoutBlock> FillTableOfContents(ImmutableArray<LayoutBlock> blocks)
    {
        var entries = blocks.OfType<LayoutParagraph>()
            .Where(p => p.Bookmark is not null && p.StyleId == StyleIds.Heading(1))
            .Select(p => new LayoutParagraph("toc", StyleIds.Toc1,
                RunMerger.Merge(p.Runs.Select(r => new LayoutRun(r.Text, Kind: r.Kind == RunKind.Tab ? RunKind.Tab : RunKind.Text, Link: "#" + p.Bookmark)))))
            .ToImmutableArray();
        if (entries.IsEmpty)
        {
            entries = [new LayoutParagraph("toc", StyleIds.Toc1, [new LayoutRun("No sections")])];
        }

        return blocks.Select(b => b is LayoutTableOfContents toc ? toc with { Entries = entries } : b).ToImmutableArray();
    }
}
