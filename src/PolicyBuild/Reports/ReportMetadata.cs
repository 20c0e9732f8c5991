namespace PolicyBuild.Reports;

/// <summary>What <c>report.yml</c> says about a committee report item.</summary>
/// <param name="Item">The item reference on the agenda, e.g. <c>A.1</c>.</param>
/// <param name="Template">The Scriban template under <c>templates/</c>, e.g. <c>committee-report/report.sbn</c>.</param>
public sealed record ReportMetadata(
    string Committee,
    DateOnly MeetingDate,
    string Item,
    string Title,
    string ReportOf,
    string PreparedBy,
    string Template);
