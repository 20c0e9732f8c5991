using System.Collections.Immutable;

namespace PolicyBuild.RedlineHarness.Model;

/// <summary>A generated policy, before it is written as fragment files: what the edit scripts work on.</summary>
public sealed record GenPolicy(string Version, string Cycle, ImmutableList<GenSection> Sections)
{
    public IEnumerable<GenClause> Clauses => Sections.SelectMany(s => s.Clauses);

    /// <summary>Every id a cross-reference may point at.</summary>
    public ImmutableHashSet<string> Ids => [.. Sections.Select(s => s.Id).Concat(Clauses.Select(c => c.Id))];
}

/// <param name="Id">The folder slug (and so the section id).</param>
public sealed record GenSection(string Id, string Title, GenParagraph? Intro, ImmutableList<GenClause> Clauses);

/// <param name="Id">The clause id: the file slug, or front matter <c>id:</c> when <paramref name="IdInFrontMatter"/>.</param>
public sealed record GenClause(string Id, string? Title, ImmutableList<GenBlock> Blocks, bool IdInFrontMatter = false);

public abstract record GenBlock;

public sealed record GenParagraph(ImmutableList<GenInline> Inlines) : GenBlock;

public sealed record GenList(bool Lettered, ImmutableList<GenItem> Items) : GenBlock;

/// <param name="Children">Nested bullet items (one level).</param>
public sealed record GenItem(GenParagraph Text, ImmutableList<GenParagraph> Children);

/// <summary>A pipe table; the first row is the header. Each cell is a few words.</summary>
public sealed record GenTable(ImmutableList<ImmutableList<string>> Rows) : GenBlock;

public abstract record GenInline;

public enum Emphasis
{
    None,
    Bold,
    Italic,
}

public sealed record GenWord(string Text, Emphasis Emphasis = Emphasis.None) : GenInline;

public sealed record GenLink(string Text, string Url) : GenInline;

/// <summary><c>[](#id)</c>; written as plain text when the target no longer exists.</summary>
public sealed record GenCrossReference(string TargetId) : GenInline;

/// <param name="Label">Unique in the policy, so a moved or split clause keeps its note.</param>
public sealed record GenFootnote(string Label, string Note) : GenInline;
