using PolicyBuild.Layout;

namespace PolicyBuild.Reports;

/// <summary>A document attached to a report, numbered in order: "Appendix 1 – …".</summary>
public sealed record Appendix(int Number, string Title, string FileName, LayoutDocument Document);
