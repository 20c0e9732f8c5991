using System.Text;
using UglyToad.PdfPig;

namespace PolicyBuild.Tests.Publishing;

/// <summary>Text of PDFs and layouts compared without whitespace: line breaks and justification differ.</summary>
public static class PdfText
{
    public static string Of(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Squeeze(string.Concat(document.GetPages().Select(p => p.Text)));
    }

    public static string Squeeze(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var ch in text.Where(c => !char.IsWhiteSpace(c)))
        {
            result.Append(ch);
        }

        return result.ToString();
    }
}
