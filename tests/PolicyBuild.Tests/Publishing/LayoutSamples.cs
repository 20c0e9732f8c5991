using System.Collections.Immutable;
using PolicyBuild.Layout;

namespace PolicyBuild.Tests.Publishing;

/// <summary>Small laid-out documents built by hand, for checks that work on layouts.</summary>
public static class LayoutSamples
{
    public static readonly DocumentInfo Info = new("Test Policy", "Test Policy, version 1.0", "Head of Service", "en-GB", "Test Policy", "Version 1.0", IsDraft: false);

    public static LayoutDocument Document(params LayoutBlock[] blocks) => Document(Info, blocks);

    public static LayoutDocument Document(DocumentInfo info, params LayoutBlock[] blocks) => new(info, [.. blocks], []);

    /// <summary>A section heading "N Title" at a level, in unit <c>section:id</c>.</summary>
    public static LayoutParagraph Section(string id, string number, string title, int level = 1) =>
        new(UnitKeys.Section(id), StyleIds.Heading(level), [new LayoutRun(number, Kind: RunKind.SectionNumber), LayoutRun.Tab(), new LayoutRun(title)], Bookmark: id);

    /// <summary>A numbered clause paragraph in unit <c>clause:id</c>, with optional more runs.</summary>
    public static LayoutParagraph Clause(string id, string number, params LayoutRun[] runs) =>
        new(UnitKeys.Clause(id), StyleIds.Clause, [new LayoutRun(number, Kind: RunKind.ClauseNumber), LayoutRun.Tab(), .. runs]);

    public static LayoutParagraph Heading(string unitKey, int level, string text) => new(unitKey, StyleIds.Heading(level), [new LayoutRun(text)]);

    public static LayoutParagraph Body(string unitKey, params LayoutRun[] runs) => new(unitKey, StyleIds.BodyText, [.. runs]);

    public static LayoutRun Link(string text, string target) => new(text, Link: target);

    public static LayoutTable Table(string unitKey, bool header, params string[][] rows) => new(unitKey,
        [.. rows.Select((cells, i) => new LayoutRow(
            [.. cells.Select(c => new LayoutCell([new LayoutParagraph(unitKey, StyleIds.TableText, [new LayoutRun(c)])]))],
            IsHeader: header && i == 0))]);

    public static ImmutableArray<LayoutRun> Runs(params string[] texts) => [.. texts.Select(t => new LayoutRun(t))];
}
