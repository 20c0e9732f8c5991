using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Writes the contents: one paragraph per entry, linked to its heading, with a PAGEREF field for its page, so
/// the contents read correctly in Word and LibreOffice without updating anything, and the PDF has page numbers.
/// </summary>
internal static class TocWriter
{
    private const string FieldStyle = "TocField";
    private const string Instruction = " TOC \\o \"1-1\" \\h \\z \\u ";

    /// <summary>The contents as body paragraphs, each with what goes before and after its runs.</summary>
    /// <remarks>
    /// The field's begin and end sit in paragraphs of their own, never tracked: if they shared a
    /// paragraph with an entry that a redline inserts or deletes, that paragraph could not vanish
    /// when the change is rejected or accepted.
    /// </remarks>
    public static IEnumerable<(LayoutParagraph Paragraph, OpenXmlElement[]? Before, OpenXmlElement[]? After, bool IsEntry)> Paragraphs(LayoutTableOfContents toc)
    {
        yield return (new LayoutParagraph(toc.UnitKey, FieldStyle, []), toc.IsField ? FieldStart() : null, null, false);
        foreach (var entry in toc.Entries)
        {
            yield return (entry, null, null, true);
        }

        yield return (new LayoutParagraph(toc.UnitKey, FieldStyle, []), null,
            toc.IsField ? [new Run(new FieldChar { FieldCharType = FieldCharValues.End })] : null, false);
    }

    /// <summary>
    /// A tab to the right-aligned, dotted tab stop and a PAGEREF field to the heading's bookmark. Its stored result
    /// is empty (no page is known before layout); LibreOffice fills it in before a PDF is exported, Word when fields
    /// are updated. The page number goes with the entry's link: tracked as the entry's paragraph mark is, else
    /// inserted when the link is new (an entry that replaced another), deleted when it is gone. A deleted entry's
    /// heading has no bookmark: it keeps only its tab.
    /// </summary>
    public static IEnumerable<OpenXmlElement> PageNumber(LayoutParagraph entry, RenderState state)
    {
        var linked = entry.Runs.Where(r => r.Link is ['#', ..]).ToList();
        if (linked.Count == 0)
        {
            return [];
        }

        var kept = linked.Where(r => r.Revision is null or { Kind: RevisionKind.FormatChanged }).ToList();
        var added = linked.Where(r => r.Revision?.Kind is RevisionKind.Inserted or RevisionKind.MovedTo).ToList();
        var revision = entry.Mark?.Kind
            ?? (kept.Count > 0 ? (RevisionKind?)null : added.Count > 0 ? added[^1].Revision!.Kind : linked[^1].Revision!.Kind);
        var target = (kept.Count > 0 ? kept[^1] : added.Count > 0 ? added[^1] : linked[^1]).Link![1..];
        OpenXmlElement[] runs = revision is RevisionKind.Deleted or RevisionKind.MovedFrom
            ? [new Run(new TabChar())]
            : PageReference(BookmarkNames.For(target), deleted: false);
        if (revision is null && state.MovedBookmarks.Contains(target))
        {
            // The heading moved: each view's page is that of the heading's place in it (BookmarkPlaces).
            return [TrackedChange.Wrap(RevisionKind.Deleted, PageReference(BookmarkNames.ForOldPlace(target), deleted: true), state),
                TrackedChange.Wrap(RevisionKind.Inserted, runs, state)];
        }
        var removed = linked.Any(r => r.Revision?.Kind is RevisionKind.Deleted or RevisionKind.MovedFrom);
        if (entry.Mark is null && kept.Count == 0 && added.Count > 0 && removed)
        {
            // An entry rewritten in place (another heading now has its number): the old entry's tab goes, the new one's page comes.
            return [TrackedChange.Wrap(RevisionKind.Deleted, [new Run(new TabChar())], state), TrackedChange.Wrap(RevisionKind.Inserted, runs, state)];
        }

        // Plain insertions and deletions, as paragraph marks inside moves are (see ParagraphMarks): a page number is no moved text.
        return revision is { } kind
            ? [TrackedChange.Wrap(kind switch { RevisionKind.MovedFrom => RevisionKind.Deleted, RevisionKind.MovedTo => RevisionKind.Inserted, _ => kind }, runs, state)]
            : runs;
    }

    private static OpenXmlElement[] PageReference(string bookmark, bool deleted) =>
    [
        new Run(new TabChar()),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(deleted
            ? new DeletedFieldCode($" PAGEREF {bookmark} \\h ") { Space = SpaceProcessingModeValues.Preserve }
            : new FieldCode($" PAGEREF {bookmark} \\h ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    private static OpenXmlElement[] FieldStart() =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(Instruction) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
    ];
}
