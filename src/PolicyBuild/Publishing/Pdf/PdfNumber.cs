namespace PolicyBuild.Publishing.Pdf;

public sealed record PdfNumber(double Value) : PdfValue
{
    public int AsInt => (int)Value;
}
