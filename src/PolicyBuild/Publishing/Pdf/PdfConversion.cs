using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>The PDFs of a run, checked and in memory, in document order, and what making them took.</summary>
/// <param name="Pdfs">One normalised PDF beside each Word document of the run, in document order.</param>
/// <param name="WaitedForStart">Time spent waiting for the first LibreOffice to be ready once the documents were built.</param>
/// <param name="Converting">Time spent converting, all documents together, from then on.</param>
/// <param name="LibreOfficeVersion">e.g. "LibreOffice 7.4.7.2".</param>
/// <param name="Sessions">How many LibreOffice sessions converted side by side.</param>
public sealed record PdfConversion(IReadOnlyList<OutputFile> Pdfs, TimeSpan WaitedForStart, TimeSpan Converting, string LibreOfficeVersion, int Sessions);
