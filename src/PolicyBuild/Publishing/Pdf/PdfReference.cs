namespace PolicyBuild.Publishing.Pdf;

/// <summary>An indirect reference <c>12 0 R</c>.</summary>
public sealed record PdfReference(int Number, int Generation) : PdfValue;
