using System.Collections.Immutable;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PolicyBuild.Markdown.Lint;

/// <summary>
/// The text of one paragraph, heading or table cell of a parsed fragment as a reader sees it,
/// with where each piece of it starts in the fragment. Code (spans, indented and fenced blocks)
/// is quoted text, not prose: it is left out, so checks never read it.
/// </summary>
/// <param name="Text">The literal text; each code span and line break stands as one space.</param>
/// <param name="Pieces">Offsets into <paramref name="Text"/> where a literal starts, with its 0-based line and column in the body.</param>
public sealed record Prose(string Text, ImmutableArray<(int Offset, int Line, int Column)> Pieces)
{
    /// <summary>The 0-based body line and column of character <paramref name="index"/> of <see cref="Text"/>.</summary>
    public (int Line, int Column) Locate(int index)
    {
        var piece = Pieces.Last(p => p.Offset <= index);
        return (piece.Line, piece.Column + (index - piece.Offset));
    }

    /// <summary>Every prose block of <paramref name="markdown"/>, parsed as <paramref name="document"/>, in document order.</summary>
    public static IEnumerable<Prose> Of(string markdown, MarkdownDocument document) =>
        document.Descendants<LeafBlock>().Where(leaf => leaf is not CodeBlock && leaf.Inline is not null).Select(leaf => Of(markdown, leaf.Inline!));

    private static Prose Of(string markdown, ContainerInline inlines)
    {
        var text = new StringBuilder();
        var pieces = ImmutableArray.CreateBuilder<(int, int, int)>();
        foreach (var inline in inlines.Descendants())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    pieces.Add((text.Length, literal.Line, literal.Column + Padding(markdown, literal)));
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline or LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return new Prose(text.ToString(), pieces.ToImmutable());
    }

    /// <summary>
    /// How far into its span a literal's text starts: Markdig trims a table cell's padding from the
    /// text but not from the span, whose start is what <see cref="MarkdownObject.Column"/> counts.
    /// </summary>
    private static int Padding(string markdown, LiteralInline literal)
    {
        var span = literal.Span;
        if (span.Start < 0 || span.End >= markdown.Length || literal.Content.Length == 0)
        {
            return 0;
        }

        var found = markdown.AsSpan(span.Start, span.Length).IndexOf(literal.Content.AsSpan(), StringComparison.Ordinal);
        return Math.Max(0, found);
    }
}
