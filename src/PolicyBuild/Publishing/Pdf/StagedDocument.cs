namespace PolicyBuild.Publishing.Pdf;

/// <summary>A document written to the run's private folder for LibreOffice, and where its PDF goes.</summary>
internal sealed record StagedDocument(string Docx, string Pdf);
