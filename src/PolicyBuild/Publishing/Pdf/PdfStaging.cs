using PolicyBuild.Publishing.LibreOffice;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>
/// The private temporary folder a run converts its documents in; one left by a killed run is
/// removed by the next (see <see cref="ProcessOwnedFolder"/>).
/// </summary>
internal static class PdfStaging
{
    public static DirectoryInfo Create() => ProcessOwnedFolder.Create("policybuild-pdf-");
}
