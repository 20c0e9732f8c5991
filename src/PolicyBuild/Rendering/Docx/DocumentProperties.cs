using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Writes docProps/core.xml ourselves: System.IO.Packaging's own properties part gets a random
/// name and a clock time, and the build must be deterministic. No dates are written.
/// </summary>
internal static class DocumentProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";

    public static void Write(WordprocessingDocument package, DocumentInfo info)
    {
        var part = package.AddCoreFilePropertiesPart();
        using var stream = part.GetStream(FileMode.Create);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        writer.WriteStartDocument(true);
        writer.WriteStartElement("cp", "coreProperties", Cp);
        writer.WriteAttributeString("xmlns", "dc", null, Dc);
        writer.WriteElementString("dc", "title", Dc, info.Title);
        writer.WriteElementString("dc", "subject", Dc, info.Subject);
        writer.WriteElementString("dc", "creator", Dc, info.Author);
        writer.WriteElementString("cp", "keywords", Cp, "policy");
        writer.WriteElementString("dc", "language", Dc, info.Language);
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
