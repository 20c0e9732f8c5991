namespace PolicyBuild.Publishing.Pdf;

public sealed record PdfBoolean(bool Value) : PdfValue;
