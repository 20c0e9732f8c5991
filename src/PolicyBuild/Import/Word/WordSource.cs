using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace PolicyBuild.Import.Word;

/// <summary>Everything read from the package: body blocks, footnotes and endnotes, header and footer text, properties.</summary>
/// <param name="Blocks">The body in document order.</param>
/// <param name="Notes">Note paragraphs by <see cref="NoteKey"/>.</param>
/// <param name="Furniture">Paragraphs of every header and footer.</param>
/// <param name="Core">The document properties.</param>
/// <param name="Language">The language of the styles' defaults.</param>
internal sealed record WordSource(
    ImmutableArray<WordBlock> Blocks,
    ImmutableDictionary<string, ImmutableArray<WordParagraph>> Notes,
    ImmutableArray<WordParagraph> Furniture,
    CoreProperties Core,
    string? Language)
{
    public static string NoteKey(WordRunKind kind, string id) => $"{kind}:{id}";

    public static WordSource Read(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        var styles = new StyleCatalog(main.StyleDefinitionsPart?.Styles);
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        var body = new BodyReader(styles, new NumberingCatalog(numbering), new RunReader(main, styles)).Read(main.Document!.Body!);

        var notes = ImmutableDictionary.CreateBuilder<string, ImmutableArray<WordParagraph>>(StringComparer.Ordinal);
        AddNotes(main.FootnotesPart, main.FootnotesPart?.Footnotes, WordRunKind.FootnoteMark, styles, notes);
        AddNotes(main.EndnotesPart, main.EndnotesPart?.Endnotes, WordRunKind.EndnoteMark, styles, notes);

        var furniture = main.HeaderParts.Select(p => (Part: (OpenXmlPart)p, Root: (OpenXmlElement?)p.Header))
            .Concat(main.FooterParts.Select(p => (Part: (OpenXmlPart)p, Root: (OpenXmlElement?)p.Footer)))
            .Where(p => p.Root is not null)
            .SelectMany(p => Paragraphs(new BodyReader(styles, new NumberingCatalog(numbering), new RunReader(p.Part, styles)).Read(p.Root!)))
            .ToImmutableArray();

        var properties = document.PackageProperties;
        var core = new CoreProperties(properties.Title, properties.Language, properties.Created, properties.Modified);
        return new WordSource(body, notes.ToImmutable(), furniture, core, styles.Language);
    }

    /// <summary>Footnotes or endnotes by id; Word's separator notes have no content worth keeping.</summary>
    private static void AddNotes(OpenXmlPart? part, OpenXmlElement? root, WordRunKind kind, StyleCatalog styles,
        ImmutableDictionary<string, ImmutableArray<WordParagraph>>.Builder notes)
    {
        if (part is null || root is null)
        {
            return;
        }

        var reader = new BodyReader(styles, new NumberingCatalog(null), new RunReader(part, styles));
        foreach (var note in root.ChildElements)
        {
            var id = note.GetAttributes().FirstOrDefault(a => a.LocalName == "id").Value;
            if (id is not null)
            {
                notes[NoteKey(kind, id)] = Paragraphs(reader.Read(note));
            }
        }
    }

    private static ImmutableArray<WordParagraph> Paragraphs(IEnumerable<WordBlock> blocks) =>
        [.. blocks.SelectMany(b => b is WordTable table ? table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs) : [(WordParagraph)b])];
}

/// <summary>The document properties (docProps/core.xml) the import can use.</summary>
internal sealed record CoreProperties(string? Title, string? Language, DateTime? Created, DateTime? Modified);
