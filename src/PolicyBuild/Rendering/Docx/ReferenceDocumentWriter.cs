using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>Writes the default reference document: the built-in styles plus a page showing each of them.</summary>
public static class ReferenceDocumentWriter
{
    public static byte[] Write()
    {
        var sample = new LayoutDocument(
            new DocumentInfo("Reference document", "PolicyBuild styles", "PolicyBuild", "en-GB", "Header", "Footer", false),
            [
                new LayoutParagraph("s", StyleIds.Title, [new LayoutRun("Title")]),
                new LayoutParagraph("s", StyleIds.Heading(1), [new LayoutRun("1", Kind: RunKind.SectionNumber), LayoutRun.Tab(), new LayoutRun("Heading 1 (sections)")]),
                new LayoutParagraph("s", StyleIds.Clause, [new LayoutRun("1.1", Kind: RunKind.ClauseNumber), LayoutRun.Tab(), new LayoutRun("Clause text.")]),
                new LayoutParagraph("s", StyleIds.ClauseContinuation, [new LayoutRun("Clause continuation.")]),
                new LayoutParagraph("s", StyleIds.BodyText, [new LayoutRun("Body text.")]),
            ],
            []);
        return new DocxWriter(ReferenceDocument.Default()).Write(sample);
    }
}
