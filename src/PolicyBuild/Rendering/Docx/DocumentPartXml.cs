using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// The main document part's XML, written element by element as the body writer yields them, so a
/// document is never held whole as an element tree: at 10,000 clauses the two documents' trees were
/// the largest things alive in a build, and every garbage collection copied them. The bytes are those
/// the SDK writes when it saves the same tree.
/// </summary>
internal static class DocumentPartXml
{
    /// <param name="body">The body's paragraphs and tables, in order.</param>
    /// <param name="closeSection">The last section's properties, asked for once the body has been written.</param>
    public static MemoryStream Write(IEnumerable<OpenXmlElement> body, Func<SectionProperties> closeSection)
    {
        var stream = new MemoryStream();
        Write(stream, body, closeSection);
        return stream;
    }

    /// <param name="stream">Where the XML goes (left open).</param>
    /// <param name="body">The body's paragraphs and tables, in order.</param>
    /// <param name="closeSection">The last section's properties, asked for once the body has been written.</param>
    public static void Write(Stream stream, IEnumerable<OpenXmlElement> body, Func<SectionProperties> closeSection)
    {
        // No byte-order mark, as the SDK saves a part.
        using (var writer = OpenXmlWriter.Create(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(new Document());
            writer.WriteStartElement(new Body());
            OpenXmlElement? last = null;
            foreach (var element in body)
            {
                writer.WriteElement(element);
                last = element;
            }

            if (last is Paragraph { ParagraphProperties.ParagraphMarkRunProperties: not null } or Table or null)
            {
                // Word cannot track the document's last paragraph mark, and a body must end in a paragraph.
                writer.WriteElement(new Paragraph());
            }

            writer.WriteElement(closeSection());
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
    }
}
