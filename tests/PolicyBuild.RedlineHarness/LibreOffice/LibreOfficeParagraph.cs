namespace PolicyBuild.RedlineHarness.LibreOffice;

/// <summary>One paragraph of a document's body text as LibreOffice lays it out.</summary>
/// <param name="Text">The paragraph's text, without its list label.</param>
/// <param name="Label">The list label LibreOffice computed (e.g. <c>(a)</c>); empty when not numbered.</param>
/// <param name="Style">LibreOffice's programmatic paragraph style name (Word's "Normal" is <c>Standard</c>).</param>
/// <param name="InTable">True when the paragraph sits in a table cell.</param>
public sealed record LibreOfficeParagraph(string Text, string Label, string Style, bool InTable);
