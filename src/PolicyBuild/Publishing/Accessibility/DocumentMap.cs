using PolicyBuild.Layout;

namespace PolicyBuild.Publishing.Accessibility;

/// <summary>
/// A laid-out document walked once, every paragraph and table with a place a person can find:
/// <c>clause 5.12</c>, <c>section 5</c>, <c>heading "Legal"</c>, <c>under heading "Legal"</c>,
/// <c>title block</c>. A layout has no source lines, so this is how its problems are located.
/// </summary>
public sealed class DocumentMap
{
    private readonly Dictionary<string, string> _unitNumbers = new(StringComparer.Ordinal);

    public DocumentMap(LayoutDocument document)
    {
        Document = document;
        foreach (var paragraph in document.Blocks.OfType<LayoutParagraph>())
        {
            // A marked document may carry the old number (deleted) beside the new one: name it by the new.
            var number = paragraph.Runs.FirstOrDefault(r =>
                r.Kind is RunKind.ClauseNumber or RunKind.SectionNumber && r.Revision is not { RemovesContent: true });
            if (number is not null)
            {
                _unitNumbers.TryAdd(paragraph.UnitKey, number.Text.Trim());
            }
        }

        var paragraphs = new List<PlacedParagraph>();
        var tables = new List<PlacedTable>();
        string? lastHeading = null;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case LayoutParagraph paragraph:
                    if (HeadingStyles.IsHeading(paragraph))
                    {
                        lastHeading = ParagraphText.Shown(paragraph);
                    }

                    paragraphs.Add(new PlacedParagraph(paragraph, PlaceOf(paragraph, lastHeading), InBody: true));
                    break;
                case LayoutTable table:
                    var place = PlaceOf(table.UnitKey, lastHeading);
                    tables.Add(new PlacedTable(table, place));
                    paragraphs.AddRange(table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs)
                        .Select(p => new PlacedParagraph(p, place, InBody: false)));
                    break;
                case LayoutTableOfContents toc:
                    paragraphs.AddRange(toc.Entries.Select(p => new PlacedParagraph(p, "contents", InBody: false)));
                    break;
            }
        }

        for (var i = 0; i < document.Footnotes.Length; i++)
        {
            paragraphs.AddRange(document.Footnotes[i].Paragraphs.Select(p => new PlacedParagraph(p, $"footnote {i + 1}", InBody: false)));
        }

        Paragraphs = paragraphs;
        Tables = tables;
    }

    public LayoutDocument Document { get; }

    /// <summary>Every paragraph: body in order, then table cells in place, contents entries, footnotes last.</summary>
    public IReadOnlyList<PlacedParagraph> Paragraphs { get; }

    public IReadOnlyList<PlacedTable> Tables { get; }

    /// <summary>Body headings in document order.</summary>
    public IEnumerable<PlacedParagraph> Headings => Paragraphs.Where(p => p.InBody && HeadingStyles.IsHeading(p.Paragraph));

    private string PlaceOf(LayoutParagraph paragraph, string? lastHeading) =>
        HeadingStyles.IsHeading(paragraph) && !IsNumberedUnit(paragraph.UnitKey)
            ? $"heading {ParagraphText.Quote(ParagraphText.Shown(paragraph))}"
            : PlaceOf(paragraph.UnitKey, lastHeading);

    private string PlaceOf(string unitKey, string? lastHeading)
    {
        if (UnitKeys.IsClause(unitKey) || UnitKeys.IsSection(unitKey))
        {
            var kind = UnitKeys.IsClause(unitKey) ? "clause" : "section";
            return _unitNumbers.TryGetValue(unitKey, out var number) ? $"{kind} {number}" : $"{kind} '{UnitKeys.IdOf(unitKey)}'";
        }

        if (unitKey.StartsWith("appendix:", StringComparison.Ordinal))
        {
            return $"appendix {unitKey["appendix:".Length..]}";
        }

        return lastHeading is null ? "title block" : $"under heading {ParagraphText.Quote(lastHeading)}";
    }

    private static bool IsNumberedUnit(string unitKey) => UnitKeys.IsClause(unitKey) || UnitKeys.IsSection(unitKey);
}

/// <summary>A paragraph and where it is, e.g. <c>clause 5.12</c> or <c>heading "Legal"</c>.</summary>
/// <param name="Paragraph">The paragraph as laid out.</param>
/// <param name="Place">Where a person finds it: <c>clause 5.12</c>, <c>contents</c>, <c>footnote 2</c>.</param>
/// <param name="InBody">False for table cells, contents entries and footnotes.</param>
public sealed record PlacedParagraph(LayoutParagraph Paragraph, string Place, bool InBody);

/// <summary>A table and where it is.</summary>
public sealed record PlacedTable(LayoutTable Table, string Place);
