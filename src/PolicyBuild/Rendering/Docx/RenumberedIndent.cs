using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Keeps a renumbered clause's text in line. Its number column holds the old number, struck through,
/// and the new one; both do not fit the column, so its tab would jump to the next stop. Instead the
/// first line starts further left, into the margin, by the old number's width: the new number stands
/// where every other number stands and the text keeps its indent.
/// </summary>
internal sealed class RenumberedIndent(StyleIndents styles)
{
    /// <summary>
    /// Space after a deleted number (twentieths of a point), so the old and new numbers read apart: wide enough
    /// in the number column for the change bar to fall between them, narrower inside a sentence.
    /// </summary>
    public static int GapAfter(RunKind kind) => kind == RunKind.ReferenceNumber ? 80 : 240;

    public static bool IsNumber(RunKind kind) => kind is RunKind.ClauseNumber or RunKind.SectionNumber or RunKind.ReferenceNumber;

    /// <summary>The indentation for a paragraph that starts with a deleted number and then an inserted one; else null.</summary>
    public Indentation? For(LayoutParagraph paragraph)
    {
        var runs = paragraph.Runs;
        if (runs.Length < 2
            || runs[0].Kind is not (RunKind.ClauseNumber or RunKind.SectionNumber) || runs[0].Revision?.RemovesContent != true
            || runs[1].Kind != runs[0].Kind || runs[1].Revision?.Kind is not (RevisionKind.Inserted or RevisionKind.MovedTo))
        {
            return null;
        }

        var (left, hanging) = styles.IndentOf(paragraph.StyleId);
        if (hanging <= 0)
        {
            return null;
        }

        var width = TextWidth(runs[0].Text, styles.FontHalfPoints(paragraph.StyleId)) + GapAfter(runs[0].Kind);
        return new Indentation { Left = Twips(left), Hanging = Twips(hanging + width) };
    }

    /// <summary>Width in twips, with the digit and full-stop widths of Arial and Liberation Sans (bold alike).</summary>
    private static int TextWidth(string text, int halfPoints)
    {
        var ems = text.Sum(c => c switch { >= '0' and <= '9' => 0.556, '.' => 0.278, _ => 0.611 });
        return (int)Math.Ceiling(ems * halfPoints * 10);
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
