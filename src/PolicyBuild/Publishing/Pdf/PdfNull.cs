namespace PolicyBuild.Publishing.Pdf;

public sealed record PdfNull : PdfValue
{
    public static readonly PdfNull Instance = new();
}
