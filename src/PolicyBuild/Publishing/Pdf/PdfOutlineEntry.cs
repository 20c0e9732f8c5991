namespace PolicyBuild.Publishing.Pdf;

/// <summary>One bookmark of a PDF's outline; <see cref="Depth"/> is 0 for top-level entries.</summary>
public sealed record PdfOutlineEntry(string Title, int Depth);
