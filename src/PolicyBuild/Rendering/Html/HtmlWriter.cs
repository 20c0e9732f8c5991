using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Html;

/// <summary>
/// Writes a <see cref="LayoutDocument"/> as one HTML page that works offline: a single file with its
/// styles inline, no scripts, fonts or images. The same writer serves clean documents and marked
/// ones; revisions become <c>ins</c>/<c>del</c> that read correctly without colour. Clause and section
/// ids are kept, and every numbered paragraph can also be linked to by number (<c>#clause-5.12</c>).
/// </summary>
public sealed class HtmlWriter
{
    /// <summary>One self-contained, accessible HTML page of a laid-out document (clean, or marked with revisions).</summary>
    public string Write(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var state = new HtmlRenderState(document);
        var output = state.Output;
        var info = document.Info;
        var mainId = state.Ids.Unique("content");

        output.Raw("<!DOCTYPE html>").Line();
        output.Open("html", ("lang", info.Language)).Line();
        WriteHead(output, info);
        output.Open("body").Line();
        output.Open("a", ("class", "skip-link"), ("href", "#" + mainId)).Text("Skip to content").Close("a").Line();
        WriteHeader(output, info);
        output.Open("main", ("id", mainId)).Line();
        if (HasRevisions(document))
        {
            WriteLegend(output);
        }

        if (!document.Blocks.OfType<LayoutParagraph>().Any(p => p.StyleId == StyleIds.Title))
        {
            // A page needs its one h1; without a title paragraph the document's title is it.
            output.Open("h1").Text(info.Title).Close("h1").Line();
            state.TitleWritten();
        }

        var paragraphs = new HtmlParagraphWriter(state);
        new HtmlBodyWriter(state, paragraphs).Write(document.Blocks);
        new HtmlFootnoteSection(state, paragraphs).Write(document.Footnotes);
        output.Close("main").Line();
        output.Open("footer", ("class", "page-footer")).Open("p").Text(info.FooterText).Close("p").Close("footer").Line();
        output.Close("body").Line();
        output.Close("html").Line();
        return output.ToString();
    }

    private static void WriteHead(HtmlOutput output, DocumentInfo info)
    {
        output.Open("head").Line();
        output.Open("meta", ("charset", "utf-8")).Line();
        output.Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        output.Open("title").Text(info.Title).Close("title").Line();
        output.Open("meta", ("name", "description"), ("content", info.Subject)).Line();
        output.Open("meta", ("name", "author"), ("content", info.Author)).Line();
        output.Open("style").Line().Raw(HtmlStyles.Css).Close("style").Line();
        output.Close("head").Line();
    }

    private static void WriteHeader(HtmlOutput output, DocumentInfo info)
    {
        output.Open("header", ("class", "page-header")).Line();
        output.Open("p", ("class", "header-text")).Text(info.HeaderText).Close("p").Line();
        if (info.IsDraft)
        {
            // The word itself, not only a colour, marks the draft.
            output.Open("p", ("class", "draft-banner")).Text("DRAFT").Close("p").Line();
        }

        output.Close("header").Line();
    }

    private static void WriteLegend(HtmlOutput output)
    {
        output.Open("section", ("class", "legend"), ("aria-label", "How changes are shown")).Line();
        output.Open("p").Text("This copy marks the changes from the previous version. ")
            .Open("span", ("class", "ins-sample")).Text("Insertions are underlined").Close("span").Text(", ")
            .Open("span", ("class", "del-sample")).Text("deletions struck through").Close("span")
            .Text("; moved text is double underlined at its new place and double struck through at its old one. "
                + "A solid bar in the margin marks a paragraph or row added whole, a dashed bar one removed whole.")
            .Close("p").Line();
        output.Close("section").Line();
    }

    private static bool HasRevisions(LayoutDocument document) =>
        document.Blocks.Any(block => block switch
        {
            LayoutParagraph p => HasRevisions(p),
            LayoutTable t => t.Rows.Any(r => r.Mark is not null || r.Cells.SelectMany(c => c.Paragraphs).Any(HasRevisions)),
            LayoutTableOfContents toc => toc.Entries.Any(HasRevisions),
            _ => false,
        });

    private static bool HasRevisions(LayoutParagraph paragraph) =>
        paragraph.Mark is not null || paragraph.Runs.Any(r => r.Revision is not null);
}
