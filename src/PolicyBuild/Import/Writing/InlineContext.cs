using System.Collections.Immutable;
using PolicyBuild.Import.Notes;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Import.Writing;

/// <summary>What writing the Markdown of one fragment file needs to know.</summary>
/// <param name="Source">Footnote and endnote paragraphs by <see cref="WordSource.NoteKey"/>.</param>
/// <param name="Targets">Sections and clauses that links and typed references can point to.</param>
/// <param name="Footnotes">The file's own footnote labels and definitions.</param>
/// <param name="Notes">Where to report what cannot be mapped.</param>
/// <param name="File">The file being written, for notes, e.g. <c>50-personal-use/30-staff-should.md</c>.</param>
internal sealed record InlineContext(
    ImmutableDictionary<string, ImmutableArray<WordParagraph>> Source,
    ReferenceTargets Targets,
    FootnoteDefinitions Footnotes,
    ImportNotes Notes,
    string File);
