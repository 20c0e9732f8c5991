namespace PolicyBuild.Import.Word;

/// <summary>A block of a Word body, in document order: a paragraph or a table.</summary>
internal abstract record WordBlock;
