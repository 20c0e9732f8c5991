namespace PolicyBuild.Publishing.Pdf;

/// <summary>A name such as <c>/Catalog</c>, without the slash.</summary>
public sealed record PdfName(string Value) : PdfValue;
