namespace PolicyBuild.Import.Word;

/// <summary>The document properties (docProps/core.xml) the import can use.</summary>
internal sealed record CoreProperties(string? Title, string? Language, DateTime? Created, DateTime? Modified);
