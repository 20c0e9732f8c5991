using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>The PDFs of a run, checked and in memory, and what making them took.</summary>
/// <param name="WaitedForStart">Time spent waiting for LibreOffice to be ready once the documents were built.</param>
/// <param name="Converting">Time spent converting, all documents together.</param>
/// <param name="LibreOfficeVersion">e.g. "LibreOffice 7.4.7.2".</param>
public sealed record PdfConversion(IReadOnlyList<OutputFile> Pdfs, TimeSpan WaitedForStart, TimeSpan Converting, string LibreOfficeVersion);
