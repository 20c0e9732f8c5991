using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBuild.Import.Word;

/// <summary>
/// Reads a body (or a note, header or footer) into paragraphs and tables in document order,
/// unwrapping content controls; a contents control (docPartGallery "Table of Contents") and the
/// paragraphs of a TOC field are marked as the contents.
/// </summary>
internal sealed class BodyReader(StyleCatalog styles, NumberingCatalog numbering, RunReader runs)
{
    public ImmutableArray<WordBlock> Read(OpenXmlElement container) => [.. Blocks(container, inContentsControl: false)];

    private IEnumerable<WordBlock> Blocks(OpenXmlElement container, bool inContentsControl)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    var read = ReadParagraph(paragraph);
                    yield return inContentsControl ? read with { Role = ParagraphRole.Contents } : read;
                    break;
                case Table table:
                    yield return ReadTable(table);
                    break;
                case SdtBlock control:
                    var isContents = inContentsControl || control.SdtProperties?.Descendants<DocPartGallery>()
                        .Any(g => Lenient.Text(g.Val)?.Contains("Table of Contents", StringComparison.OrdinalIgnoreCase) == true) == true;
                    foreach (var block in control.SdtContentBlock is { } content ? Blocks(content, isContents) : [])
                    {
                        yield return block;
                    }

                    break;
                case OpenXmlCompositeElement composite when composite is CustomXmlBlock:
                    foreach (var block in Blocks(composite, inContentsControl))
                    {
                        yield return block;
                    }

                    break;
            }
        }
    }

    private WordParagraph ReadParagraph(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = Lenient.Text(properties?.ParagraphStyleId?.Val) ?? styles.DefaultParagraphStyle ?? "Normal";
        var contentsBefore = runs.InContents;
        var (content, bookmarks) = runs.Read(paragraph);
        var inContents = contentsBefore || runs.InContents
            || paragraph.Descendants<SimpleField>().Any(f => FieldState.Parse(Lenient.Text(f.Instruction) ?? "").IsContents);
        var numberingReference = properties?.NumberingProperties is { } numPr && Lenient.Int(numPr.NumberingId?.Val) is { } numId
            ? (numId, Lenient.Int(numPr.NumberingLevelReference?.Val) ?? 0)
            : styles.Numbering(styleId);
        var paragraphNumbering = numberingReference is var (id, level) ? numbering.Next(id, level) : null;
        var outline = Lenient.Int(properties?.OutlineLevel?.Val) ?? styles.OutlineLevel(styleId);
        var name = styles.NameOf(styleId);
        var role = inContents ? ParagraphRole.Contents : RoleOf(name, outline);
        var headingLevel = role is ParagraphRole.Heading1 or ParagraphRole.SubHeading ? HeadingLevelOf(name, outline) : null;
        return new WordParagraph(role, content, paragraphNumbering, bookmarks, HeadingLevel: headingLevel, ClauseStyle: name == "clause");
    }

    // Names without spaces: Word writes "heading 1", a styles-less document only has the id "Heading1".
    private static ParagraphRole RoleOf(string name, int? outline) => name.Replace(" ", "", StringComparison.Ordinal) switch
    {
        "title" => ParagraphRole.Title,
        "heading1" => ParagraphRole.Heading1,
        var n when n.StartsWith("toc", StringComparison.Ordinal) || n.StartsWith("contents", StringComparison.Ordinal) => ParagraphRole.Contents,
        var n when n.StartsWith("heading", StringComparison.Ordinal) && n.Length == 8 && char.IsAsciiDigit(n[7]) => ParagraphRole.SubHeading,
        "clausetitle" => ParagraphRole.ClauseTitle,
        "subtitle" or "draftnotice" or "tablecaption" => ParagraphRole.TitleBlock,
        _ when outline == 0 => ParagraphRole.Heading1,
        _ when outline is > 0 and < 9 => ParagraphRole.SubHeading,
        _ => ParagraphRole.Body,
    };

    private static int? HeadingLevelOf(string name, int? outline)
    {
        var compact = name.Replace(" ", "", StringComparison.Ordinal);
        return compact.Length == 8 && compact.StartsWith("heading", StringComparison.Ordinal) && char.IsAsciiDigit(compact[7]) && compact[7] != '0'
            ? compact[7] - '0'
            : outline is >= 0 and < 9 ? outline + 1 : null;
    }

    private WordTable ReadTable(Table table)
    {
        var rows = ImmutableArray.CreateBuilder<WordRow>();
        foreach (var row in table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == table))
        {
            var cells = ImmutableArray.CreateBuilder<WordCell>();
            var merged = false;
            foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row))
            {
                var blocks = Blocks(cell, inContentsControl: false).ToList();
                var paragraphs = blocks.SelectMany(b => b is WordTable nested ? nested.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs) : [(WordParagraph)b]);
                cells.Add(new WordCell([.. paragraphs], blocks.Any(b => b is WordTable)));
                var span = Math.Clamp(Lenient.Int(cell.TableCellProperties?.GridSpan?.Val) ?? 1, 1, 64);
                for (var extra = 1; extra < span; extra++)
                {
                    merged = true;
                    cells.Add(new WordCell([]));
                }
            }

            var header = row.TableRowProperties?.GetFirstChild<TableHeader>() is { } mark && Lenient.IsOn(mark.Val);
            rows.Add(new WordRow(cells.ToImmutable(), header, merged));
        }

        var properties = table.GetFirstChild<TableProperties>();
        var description = Lenient.Text(properties?.TableDescription?.Val) ?? Lenient.Text(properties?.TableCaption?.Val);
        return new WordTable(rows.ToImmutable(), description);
    }
}
