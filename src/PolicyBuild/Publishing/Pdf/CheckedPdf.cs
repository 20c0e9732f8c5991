using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Publishing.Pdf;

/// <summary>One document's PDF as read back from LibreOffice (normalised), and what its checks found.</summary>
internal sealed record CheckedPdf(OutputFile Pdf, IReadOnlyList<PublishIssue> Issues);
