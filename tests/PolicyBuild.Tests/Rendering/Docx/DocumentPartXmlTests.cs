using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;
using PolicyBuild.Rendering.Docx;
using PolicyBuild.Tests.Publishing;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Rendering.Docx;

/// <summary>
/// The document part is streamed element by element, never held as a tree: its bytes must be exactly
/// those the SDK saves for the tree the writer used to build from the same body (namespaces declared
/// where first used, no byte-order mark), and its body must end as that tree did.
/// </summary>
public sealed class DocumentPartXmlTests
{
    private static readonly RevisionContext Revisions = new("Test Author", new DateTime(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc));

    public static TheoryData<string> Layouts => new() { "sample", "sample marked", "ends in a table", "empty", "ends in a page break" };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_streamed_part_is_byte_for_byte_the_SDKs_save_of_the_tree(string which)
    {
        var (layout, revisions) = Layout(which);

        var streamed = Write(layout, revisions, (blocks, sections) =>
        {
            using var part = new MemoryStream();
            DocumentPartXml.Write(part, blocks, sections.Close);
            return part.ToArray();
        });
        var tree = Write(layout, revisions, (blocks, sections) =>
        {
            var body = new Body(blocks.Select(piece => ((BodyElement)piece).Element).ToList());
            if (body.LastChild is Paragraph { ParagraphProperties.ParagraphMarkRunProperties: not null } or Table or null)
            {
                body.Append(new Paragraph());
            }

            body.Append(sections.Close());
            using var saved = new MemoryStream();
            new Document(body).Save(saved);
            return saved.ToArray();
        });

        Assert.Equal(tree, streamed);
    }

    [Fact]
    public void A_body_ending_in_a_table_or_a_tracked_paragraph_mark_gets_a_last_plain_paragraph()
    {
        var trackedMark = new Paragraph(new ParagraphProperties(new ParagraphMarkRunProperties(new Inserted { Id = "1", Author = "A" })));
        var cases = new (OpenXmlElement[] Body, bool Appended)[]
        {
            ([], true),
            ([new Table(new TableRow(new TableCell(new Paragraph())))], true),
            ([new Paragraph(new Run(new Text("x"))), trackedMark], true),
            ([new Paragraph(new Run(new Text("x")))], false),
        };

        foreach (var (body, appended) in cases)
        {
            using var stream = new MemoryStream();
            DocumentPartXml.Write(stream, body.Select(element => new BodyElement(element)), () => new SectionProperties());
            var xml = System.Text.Encoding.UTF8.GetString(stream.ToArray());
            Assert.StartsWith("<?xml", xml, StringComparison.Ordinal);
            var children = new Document(xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..]).Body!.ChildElements.ToList();
            Assert.IsType<SectionProperties>(children[^1]);
            Assert.Equal(body.Length + (appended ? 1 : 0), children.Count - 1);
            if (appended)
            {
                Assert.Equal(new Paragraph().OuterXml, children[^2].OuterXml);
            }
        }
    }

    private static (LayoutDocument Layout, RevisionContext Revisions) Layout(string which) => which switch
    {
        "sample" => (TestToolchain.Layout(RepositoryPaths.SamplePolicy), RevisionContext.None),
        "sample marked" => (TestToolchain.MarkedLayout(RepositoryPaths.SampleBaseline, RepositoryPaths.SamplePolicy), Revisions),
        "ends in a table" => (LayoutSamples.Document(LayoutSamples.Heading("h", 1, "Fees"),
            LayoutSamples.Table("t", header: true, ["Item", "Fee"], ["Copy", "£5"])), RevisionContext.None),
        "empty" => (LayoutSamples.Document(), RevisionContext.None),
        _ => (LayoutSamples.Document(LayoutSamples.Body("b", LayoutSamples.Link("see", "https://example.org/")), new LayoutPageBreak("p")), RevisionContext.None),
    };

    /// <summary>The document part of a layout, its body written by the real body writer in a package of its own.</summary>
    private static byte[] Write(LayoutDocument layout, RevisionContext revisions, Func<IEnumerable<BodyPiece>, SectionWriter, byte[]> part)
    {
        using var package = WordprocessingDocument.Create(new MemoryStream(), WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        var state = new RenderState(main, revisions, ReferenceDocument.Default().Indents);
        var sections = new SectionWriter(main, layout.Info);
        return part(new BodyWriter(state, sections).Write(layout.Blocks), sections);
    }
}
