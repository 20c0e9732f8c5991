using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>Writes footnotes.xml: Word's two separator notes, then every footnote the body referenced.</summary>
internal static class FootnoteWriter
{
    public static Footnotes Write(IReadOnlyList<LayoutFootnote> footnotes, RenderState state, ParagraphWriter paragraphs)
    {
        var result = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        var byKey = footnotes.ToDictionary(f => f.Key, StringComparer.Ordinal);
        foreach (var (key, id) in state.FootnoteIds.OrderBy(f => f.Value).ToList())
        {
            var note = new Footnote { Id = id };
            var content = byKey.TryGetValue(key, out var footnote) ? footnote.Paragraphs : [];
            if (state.FootnoteRevisions[key] is { Kind: not RevisionKind.FormatChanged } revision)
            {
                // LibreOffice keeps an emptied paragraph whose footnote text is untracked: track the note with its reference.
                var tracked = revision.RemovesContent ? Revision.Deleted : Revision.Inserted;
                content = [.. content.Select(p => p with { Runs = [.. p.Runs.Select(r => r with { Revision = tracked })] })];
            }

            for (var i = 0; i < content.Length; i++)
            {
                var paragraph = paragraphs.Write(content[i]);
                if (i == 0)
                {
                    // The note starts with its own number, as Word writes it.
                    paragraph.InsertAfter(new Run(new RunProperties(new RunStyle { Val = CharacterStyleIds.FootnoteReference }), new FootnoteReferenceMark()),
                        paragraph.ParagraphProperties);
                    paragraph.InsertAfter(new Run(new Text(" ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }), paragraph.Elements<Run>().First());
                }

                note.Append(paragraph);
            }

            if (content.IsEmpty)
            {
                note.Append(new Paragraph());
            }

            result.Append(note);
        }

        return result;
    }
}
