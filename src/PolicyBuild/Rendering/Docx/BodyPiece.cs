using DocumentFormat.OpenXml;

namespace PolicyBuild.Rendering.Docx;

/// <summary>One paragraph or table of the body, as <see cref="DocumentPartXml"/> writes it.</summary>
internal abstract record BodyPiece;

/// <summary>An element written now; <paramref name="Written"/>, if any, is given its XML once it is written.</summary>
internal sealed record BodyElement(OpenXmlElement Element, BodyElement.XmlWritten? Written = null) : BodyPiece
{
    public delegate void XmlWritten(ReadOnlySpan<byte> xml);
}

/// <summary>A paragraph's XML kept from an earlier write, written again with its ids counted from <paramref name="FirstId"/>.</summary>
internal sealed record KeptBodyParagraph(KeptParagraph Paragraph, int FirstId) : BodyPiece;
