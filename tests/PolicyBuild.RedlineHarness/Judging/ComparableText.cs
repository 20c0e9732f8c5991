using System.Text.RegularExpressions;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.RedlineHarness.LibreOffice;

namespace PolicyBuild.RedlineHarness.Judging;

/// <summary>
/// What two readings of a document must agree on, paragraph by paragraph. Left out: a marked document's key to
/// its changes (its own Revision Key styles; not part of the policy) and the contents' page numbers, which
/// LibreOffice fills in from its layout (a marked document's pages differ from the clean one's) while our own
/// reader sees the fields' empty stored results.
/// </summary>
public static partial class ComparableText
{
    public static IEnumerable<LibreOfficeParagraph> Of(IEnumerable<LibreOfficeParagraph> paragraphs) =>
        paragraphs.Where(p => p.Style is not ("Revision Key" or "Revision Key Heading"))
            .Select(p => IsContentsEntry(p) ? p with { Text = PageNumber().Replace(p.Text, "\t") } : p);

    private static bool IsContentsEntry(LibreOfficeParagraph paragraph) =>
        paragraph.Style.StartsWith("Contents", StringComparison.OrdinalIgnoreCase) || paragraph.Style.StartsWith("toc", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\t\d*$")]
    private static partial Regex PageNumber();
}
