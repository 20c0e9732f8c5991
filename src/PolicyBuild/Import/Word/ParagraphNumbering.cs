using PolicyBuild.Layout;

namespace PolicyBuild.Import.Word;

/// <summary>Word automatic numbering of one paragraph (w:numPr), with the label Word would show.</summary>
/// <param name="Style">The level's number format; null when it is none or unknown.</param>
/// <param name="Level">The list level, 0 for the top.</param>
/// <param name="Placeholders">How many <c>%n</c> the level text has: 2 for a clause number such as <c>%1.%2</c>.</param>
/// <param name="Label">The number as shown, e.g. <c>5.12</c> or <c>(a)</c>.</param>
internal sealed record ParagraphNumbering(ListStyle? Style, int Level, int Placeholders, string Label);
