using System.Collections.Immutable;
using PolicyBuild.Layout;

namespace PolicyBuild.Diff;

/// <summary>
/// The key at the start of a marked document: what an insertion, a deletion, a move, a renumbering
/// and a cross-reference look like, and that every change is a tracked change a reader can accept or
/// reject. Its samples are formatted to look like changes but are not tracked, so accepting or
/// rejecting every change leaves the key as it is (and only the key) on top of the draft or the baseline.
/// </summary>
public static class RevisionKey
{
    public const string UnitKey = UnitKeys.RevisionKey;
    public const string HeadingStyle = "RevisionKeyHeading";
    public const string TextStyle = "RevisionKey";
    public const string InsertedStyle = "KeyInserted";
    public const string DeletedStyle = "KeyDeleted";
    public const string MovedFromStyle = "KeyMovedFrom";
    public const string MovedToStyle = "KeyMovedTo";
    private const string LinkStyle = "Hyperlink";

    /// <summary>The marked document with the key placed after its title and draft notice.</summary>
    public static LayoutDocument AddTo(LayoutDocument marked, ChangeSet changes)
    {
        var blocks = marked.Blocks;
        var at = 0;
        while (at < blocks.Length && blocks[at] is LayoutParagraph { StyleId: StyleIds.Title or "DraftNotice" or StyleIds.Subtitle })
        {
            at++;
        }

        return marked with { Blocks = blocks.InsertRange(at, Blocks(changes)) };
    }

    public static bool IsKey(LayoutBlock block) => block.UnitKey == UnitKey;

    private static IEnumerable<LayoutParagraph> Blocks(ChangeSet changes)
    {
        yield return Paragraph(HeadingStyle, Plain("How the changes are shown"));
        yield return Paragraph(TextStyle, Plain(
            $"Every difference from version {changes.BaselineVersion} is a tracked change: in Word (Review tab) or LibreOffice "
            + "(Edit, Track Changes) each one can be accepted or rejected on its own, and each records who made it and when."));
        yield return Paragraph(TextStyle, Plain("Inserted text is underlined: "), Sample("new words", InsertedStyle), Plain("."));
        yield return Paragraph(TextStyle, Plain("Deleted text is struck through: "), Sample("old words", DeletedStyle), Plain("."));
        yield return Paragraph(TextStyle, Plain("A moved clause is struck through twice where it was ("),
            Sample("old place", MovedFromStyle), Plain(") and underlined twice where it is now ("), Sample("new place", MovedToStyle), Plain(")."));
        var renumbered = changes.Clauses.FirstOrDefault(c => c.Kind == ChangeKind.Renumbered && c.OldNumber is not null && c.NewNumber is not null);
        var (old, @new) = renumbered is null ? ("5.14", "5.15") : (renumbered.OldNumber!, renumbered.NewNumber!);
        yield return Paragraph(TextStyle, Plain("A renumbered clause shows its old number struck through before its new one: "),
            Sample(old, DeletedStyle), Plain(" "), Sample(@new, InsertedStyle), Plain("."));
        yield return Paragraph(TextStyle, Plain("A cross-reference to another clause or section is a link with a dotted underline: "),
            Sample("clause 4.7", LinkStyle), Plain("."));
        if (changes.Clauses.Any(c => c.Note is not null))
        {
            yield return Paragraph(TextStyle, Plain("A comment beside a change gives the reason for it."));
        }
    }

    private static LayoutParagraph Paragraph(string style, params LayoutRun[] runs) => new(UnitKey, style, [.. runs]);

    private static LayoutRun Plain(string text) => new(text);

    private static LayoutRun Sample(string text, string style) => new(text, CharacterStyle: style);
}
