using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>
/// Writes a <see cref="LayoutDocument"/> as a .docx package: body, styles from the reference
/// document, numbering, footnotes, header and footer, settings and core properties. The same
/// writer serves clean documents and marked ones; revisions in the layout become tracked changes.
/// </summary>
public sealed class DocxWriter(ReferenceDocument reference)
{
    /// <param name="layout">The document to write.</param>
    /// <param name="revisions">Who made the tracked changes and when; null for a document without them.</param>
    /// <param name="kept">This document's paragraphs' XML kept from its last write (watch): written again where it matches.</param>
    public byte[] Write(LayoutDocument layout, RevisionContext? revisions = null, ParagraphXmlCache? kept = null)
    {
        kept?.Begin(this);
        var completed = false;
        using var stream = new MemoryStream();
        DeterministicZip.StreamedPackage? normalized = null;
        try
        {
            using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
            {
                // Deflated fast, not well: DeterministicZip inflates every part and deflates it once more anyway
                // (deflating well twice was a tenth of a large build's CPU; storing the parts instead held the
                // whole document uncompressed once more and raised the peak). The written bytes are the same.
                package.CompressionOption = System.IO.Packaging.CompressionOption.SuperFast;
                var main = package.AddMainDocumentPart();
                var state = new RenderState(main, revisions ?? RevisionContext.None, reference.Indents);
                var sections = new SectionWriter(main, layout.Info);
                // The document part stays empty in the SDK's package (its first entry): its XML is streamed into the
                // normalised package's first entry, deflated on another thread as it is written.
                normalized = DeterministicZip.Start(main.Uri.OriginalString.TrimStart('/'));
                DocumentPartXml.Write(normalized.FirstEntry, new BodyWriter(state, sections).Write(layout.Blocks, kept), sections.Close);

                var styles = reference.StylesPartFor(layout.Info.Language, marked: revisions is not null && revisions != RevisionContext.None);
                main.AddNewPart<StyleDefinitionsPart>("rIdStyles").FeedData(new MemoryStream(styles, writable: false));
                if (state.Numbering.Instances.Any())
                {
                    main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = NumberingWriter.Write(state.Numbering);
                }

                main.AddNewPart<FootnotesPart>("rIdFootnotes").Footnotes =
                    FootnoteWriter.Write(layout.Footnotes, state, new ParagraphWriter(state));
                if (state.Comments.Count > 0)
                {
                    main.AddNewPart<WordprocessingCommentsPart>("rIdComments").Comments = CommentWriter.Write(state);
                }

                main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings(layout.Info.Language);
                DocumentProperties.Write(package, layout.Info);
            }

            var written = normalized!.Finish(stream);
            completed = true;
            return written;
        }
        finally
        {
            // Also when writing failed: its deflating thread is stopped, and the cache keeps what it had.
            normalized?.Dispose();
            kept?.End(completed);
        }
    }

    private static Settings Settings(string language) => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }),
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = language });
}
