using System.Diagnostics;
using System.Globalization;
using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>
/// Converts every Word document of a run to PDF on the run's LibreOffice sessions side by side (each
/// session takes the largest document left, so the longest conversion starts first), reading and
/// checking each PDF as soon as it is made, while the session converts the next. Documents are
/// converted from a private temporary folder, all written there while LibreOffice starts, and the PDFs
/// come back in memory, in document order, so they are written with the other outputs only once
/// everything has succeeded; after a failed conversion no session takes another document, and once
/// every document is converted the sessions stop while the last PDFs are checked.
/// </summary>
public static class PdfPublisher
{
    /// <param name="documents">The documents to convert, in order.</param>
    /// <param name="lease">The run's LibreOffice sessions (possibly still starting).</param>
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
        var tell = Serialized(progress);
        tell?.Invoke("pdf: waiting for LibreOffice");
        var staging = PdfStaging.Create();
        var queue = new ConversionQueue(documents);
        try
        {
            // Written while LibreOffice starts, so that a session goes from one document straight to the next.
            var staged = await StageAsync(documents, staging, ct).ConfigureAwait(false);
            var workers = lease.Sessions.Select(session => ConvertOnAsync(session, queue, staged, timeout, stopwatch, tell, ct)).ToList();
            var used = (await Task.WhenAll(workers).ConfigureAwait(false)).OfType<LibreOfficeSession>().ToList();
            if (used.Count == 0)
            {
                queue.ThrowStartFailure(); // none started: the first one's reason ends the run
            }

            // Every document is converted: the sessions stop while the last PDFs are read and checked.
            var stopping = lease.StopAsync();
            var converting = stopwatch.Elapsed - queue.WaitedForStart;
            var (pdfs, issues) = await queue.CollectAsync().ConfigureAwait(false);
            await stopping.ConfigureAwait(false);
            return issues.Count > 0
                ? throw new PublishException(issues)
                : new PdfConversion(pdfs, queue.WaitedForStart, converting, used[0].Version, used.Count);
        }
        finally
        {
            // A temporary folder left behind (another user's file in it, a busy mount) is not worth failing a publish over.
            ProcessOwnedFolder.DeleteQuietly(staging.FullName);
        }
    }

    /// <summary>One session's share: documents from the queue until it is empty or a conversion failed; null if the session never started.</summary>
    private static async Task<LibreOfficeSession?> ConvertOnAsync(Task<LibreOfficeSession> starting, ConversionQueue queue, IReadOnlyList<StagedDocument> staged,
        TimeSpan timeout, Stopwatch stopwatch, Action<string>? tell, CancellationToken ct)
    {
        LibreOfficeSession session;
        try
        {
            session = await starting.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is LibreOfficeException or TimeoutException)
        {
            // The other sessions take the documents; if none started, the run ends with this reason.
            queue.StartFailed(ex);
            return null;
        }

        queue.SessionReady(stopwatch.Elapsed);
        var previousTimeout = session.RequestTimeout;
        session.RequestTimeout = timeout;
        try
        {
            while (queue.TryTake(out var index, out var number))
            {
                var document = queue.Documents[index];
                tell?.Invoke($"pdf: converting {Path.GetFileName(document.Docx.Path)} ({number}/{queue.Documents.Count})");
                try
                {
                    await ConvertOneAsync(session, document, staged[index], timeout, ct).ConfigureAwait(false);
                    // Read and checked on another thread while the session converts the next document: off the run's critical path.
                    queue.Converted(index, Task.Run(() => Collect(document, staged[index]), ct));
                }
                catch (Exception ex)
                {
                    queue.Failed(index, ex);
                }
            }
        }
        finally
        {
            // A borrowed session goes back as it came.
            session.RequestTimeout = previousTimeout;
        }

        return session;
    }

    /// <summary>Progress lines told one at a time, whichever session tells them.</summary>
    private static Action<string>? Serialized(Action<string>? progress)
    {
        if (progress is null)
        {
            return null;
        }

        var gate = new Lock();
        return text =>
        {
            lock (gate)
            {
                progress(text);
            }
        };
    }

    /// <summary>Writes each document where LibreOffice converts it: one folder per document keeps the file name (LibreOffice may show it) and avoids clashes between policies.</summary>
    private static async Task<IReadOnlyList<StagedDocument>> StageAsync(IReadOnlyList<BuiltDocument> documents, DirectoryInfo staging, CancellationToken ct)
    {
        var staged = new List<StagedDocument>(documents.Count);
        for (var index = 0; index < documents.Count; index++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(staging.FullName, index.ToString(CultureInfo.InvariantCulture)));
            var docx = Path.Combine(folder.FullName, Path.GetFileName(documents[index].Docx.Path));
            await File.WriteAllBytesAsync(docx, documents[index].Docx.Content, ct).ConfigureAwait(false);
            staged.Add(new StagedDocument(docx, Path.ChangeExtension(docx, OutputFormat.Pdf)));
        }

        return staged;
    }

    private static async Task ConvertOneAsync(LibreOfficeSession session, BuiltDocument document, StagedDocument staged, TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            await session.ConvertToPdfAsync(staged.Docx, staged.Pdf, document.Layout.Info.Title, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new PublishException(new PublishIssue(Severity.Error, Display(PdfPath(document)), null,
                $"LibreOffice took longer than {timeout.TotalSeconds:0} s to convert {Path.GetFileName(document.Docx.Path)} (raise --pdf-timeout if the document is very large)"));
        }
        catch (LibreOfficeException ex) when (ex is not LibreOfficeNotFoundException)
        {
            throw new PublishException(new PublishIssue(Severity.Error, Display(PdfPath(document)), null,
                $"LibreOffice could not convert {Path.GetFileName(document.Docx.Path)}: {ex.Message}"));
        }
    }

    /// <summary>The converted PDF, normalised, and what its accessibility checks found.</summary>
    private static CheckedPdf Collect(BuiltDocument document, StagedDocument staged)
    {
        var path = PdfPath(document);
        byte[] written;
        try
        {
            written = File.ReadAllBytes(staged.Pdf);
        }
        catch (IOException ex)
        {
            throw new PublishException(new PublishIssue(Severity.Error, Display(path), null,
                $"LibreOffice reported converting {Path.GetFileName(document.Docx.Path)} but wrote no PDF ({ex.Message})"));
        }

        var pdf = new OutputFile(path, document.Kind, PdfDeterminism.Normalize(written));
        return new CheckedPdf(pdf, PdfAccessibilityVerifier.Verify(pdf.Content, Display(pdf.Path), document.Layout));
    }

    private static string PdfPath(BuiltDocument document) => OutputFormat.ChangeTo(document.Docx.Path, OutputFormat.Pdf);

    private static string Display(string path) => path.Replace('\\', '/');
}
