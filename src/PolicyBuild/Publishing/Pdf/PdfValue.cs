namespace PolicyBuild.Publishing.Pdf;

/// <summary>A PDF object as <see cref="PdfParser"/> reads it: name, string, number, boolean, null, reference, array or dictionary.</summary>
public abstract record PdfValue;
