using System.Diagnostics;
using System.Globalization;
using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>
/// Converts every Word document of a run to PDF in one LibreOffice session, then checks each PDF's
/// accessibility. Documents are converted from a private temporary folder and the PDFs come back in
/// memory, so they are written with the other outputs only once everything has succeeded.
/// </summary>
public static class PdfPublisher
{
    /// <param name="documents">The documents to convert, in order.</param>
    /// <param name="lease">The run's LibreOffice (possibly still starting).</param>
    /// <param name="timeout">The limit for each document.</param>
    /// <param name="ct">Cancels the run.</param>
    /// <param name="progress">Told which document is being converted.</param>
    /// <exception cref="PublishException">A document could not be converted, or a PDF failed its checks.</exception>
    /// <exception cref="LibreOfficeNotFoundException">LibreOffice is not installed.</exception>
    /// <exception cref="LibreOfficeException">LibreOffice could not be started.</exception>
    public static async Task<PdfConversion> ConvertAsync(
        IReadOnlyList<BuiltDocument> documents, LibreOfficeLease lease, TimeSpan timeout, CancellationToken ct, Action<string>? progress = null)
    {
        var stopwatch = Stopwatch.StartNew();
        progress?.Invoke("pdf: waiting for LibreOffice");
        var session = await lease.SessionAsync().ConfigureAwait(false);
        var waited = stopwatch.Elapsed;
        var staging = PdfStaging.Create();
        var pdfs = new List<OutputFile>();
        var previousTimeout = session.RequestTimeout;
        session.RequestTimeout = timeout;
        try
        {
            for (var i = 0; i < documents.Count; i++)
            {
                progress?.Invoke($"pdf: converting {Path.GetFileName(documents[i].Docx.Path)} ({i + 1}/{documents.Count})");
                pdfs.Add(await ConvertOneAsync(session, documents[i], Path.Combine(staging.FullName, i.ToString(CultureInfo.InvariantCulture)), timeout, ct)
                    .ConfigureAwait(false));
            }
        }
        finally
        {
            // A borrowed session goes back as it came.
            session.RequestTimeout = previousTimeout;
            DeleteQuietly(staging);
        }

        var converting = stopwatch.Elapsed - waited;
        var issues = documents.Zip(pdfs)
            .SelectMany(pair => PdfAccessibilityVerifier.Verify(pair.Second.Content, Display(pair.Second.Path), pair.First.Layout))
            .ToList();
        return issues.Count > 0
            ? throw new PublishException(issues)
            : new PdfConversion(pdfs, waited, converting, session.Version);
    }

    private static async Task<OutputFile> ConvertOneAsync(
        LibreOfficeSession session, BuiltDocument document, string folder, TimeSpan timeout, CancellationToken ct)
    {
        var pdfPath = OutputFormat.ChangeTo(document.Docx.Path, OutputFormat.Pdf);
        // One folder per document keeps the file name (LibreOffice may show it) and avoids clashes between policies.
        Directory.CreateDirectory(folder);
        var docx = Path.Combine(folder, Path.GetFileName(document.Docx.Path));
        var pdf = Path.ChangeExtension(docx, OutputFormat.Pdf);
        await File.WriteAllBytesAsync(docx, document.Docx.Content, ct).ConfigureAwait(false);
        try
        {
            await session.ConvertToPdfAsync(docx, pdf, document.Layout.Info.Title, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new PublishException(new PublishIssue(Severity.Error, Display(pdfPath), null,
                $"LibreOffice took longer than {timeout.TotalSeconds:0} s to convert {Path.GetFileName(document.Docx.Path)} (raise --pdf-timeout if the document is very large)"));
        }
        catch (LibreOfficeException ex) when (ex is not LibreOfficeNotFoundException)
        {
            throw new PublishException(new PublishIssue(Severity.Error, Display(pdfPath), null,
                $"LibreOffice could not convert {Path.GetFileName(document.Docx.Path)}: {ex.Message}"));
        }

        try
        {
            return new OutputFile(pdfPath, document.Kind, PdfDeterminism.Normalize(await File.ReadAllBytesAsync(pdf, ct).ConfigureAwait(false)));
        }
        catch (IOException ex)
        {
            throw new PublishException(new PublishIssue(Severity.Error, Display(pdfPath), null,
                $"LibreOffice reported converting {Path.GetFileName(document.Docx.Path)} but wrote no PDF ({ex.Message})"));
        }
    }

    private static string Display(string path) => path.Replace('\\', '/');

    private static void DeleteQuietly(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not worth failing a publish over.
        }
    }
}

/// <summary>The PDFs of a run, checked and in memory, and what making them took.</summary>
/// <param name="WaitedForStart">Time spent waiting for LibreOffice to be ready once the documents were built.</param>
/// <param name="Converting">Time spent converting, all documents together.</param>
/// <param name="LibreOfficeVersion">e.g. "LibreOffice 7.4.7.2".</param>
public sealed record PdfConversion(IReadOnlyList<OutputFile> Pdfs, TimeSpan WaitedForStart, TimeSpan Converting, string LibreOfficeVersion);
