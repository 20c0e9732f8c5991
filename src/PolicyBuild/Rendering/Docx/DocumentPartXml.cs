using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// The main document part's XML, written piece by piece as the body writer yields them, so a
/// document is never held whole as an element tree: at 10,000 clauses the two documents' trees were
/// the largest things alive in a build, and every garbage collection copied them. The bytes are those
/// the SDK writes when it saves the same tree (its part writer is an <see cref="XmlWriter"/> with these
/// settings; this one is owned here so that kept paragraphs' XML can be put between elements).
/// </summary>
internal static class DocumentPartXml
{
    /// <param name="stream">Where the XML goes (left open).</param>
    /// <param name="body">The body's paragraphs and tables, in order.</param>
    /// <param name="closeSection">The last section's properties, asked for once the body has been written.</param>
    public static void Write(Stream stream, IEnumerable<BodyPiece> body, Func<SectionProperties> closeSection)
    {
        var recording = new RecordingStream(stream);
        // No byte-order mark, as the SDK saves a part.
        var settings = new XmlWriterSettings { CloseOutput = false, Encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };
        using (var xml = XmlWriter.Create(recording, settings))
        {
            xml.WriteStartDocument();
            WriteStartElement(xml, new Document());
            WriteStartElement(xml, new Body());
            xml.WriteRaw(string.Empty); // closes <w:body>, so kept XML can follow it straight away
            var endsInParagraph = false;
            foreach (var piece in body)
            {
                switch (piece)
                {
                    case BodyElement { Written: null } element:
                        element.Element.WriteTo(xml);
                        break;
                    case BodyElement element:
                        xml.Flush();
                        recording.Begin();
                        element.Element.WriteTo(xml);
                        xml.Flush();
                        element.Written(recording.End());
                        break;
                    case KeptBodyParagraph kept:
                        xml.Flush();
                        kept.Paragraph.WriteTo(recording, kept.FirstId);
                        break;
                }

                // Word cannot track the document's last paragraph mark, and a body must end in a paragraph.
                endsInParagraph = piece switch
                {
                    BodyElement { Element: Paragraph paragraph } => paragraph.ParagraphProperties?.ParagraphMarkRunProperties is null,
                    KeptBodyParagraph kept => !kept.Paragraph.Inputs.Mark.IsTracked,
                    _ => false,
                };
            }

            if (!endsInParagraph)
            {
                new Paragraph().WriteTo(xml);
            }

            closeSection().WriteTo(xml);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
    }

    /// <summary>A start tag as the SDK's part writer writes it: the element's name and its own attributes.</summary>
    private static void WriteStartElement(XmlWriter xml, OpenXmlElement element)
    {
        xml.WriteStartElement(element.Prefix, element.LocalName, element.NamespaceUri);
        foreach (var attribute in element.GetAttributes())
        {
            xml.WriteAttributeString(attribute.Prefix, attribute.LocalName, attribute.NamespaceUri, attribute.Value);
        }
    }
}
