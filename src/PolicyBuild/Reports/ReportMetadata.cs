namespace PolicyBuild.Reports;

/// <summary>What <c>report.yml</c> says about a committee report item.</summary>
/// <param name="Committee">The committee the report goes to, e.g. <c>Human Resources and Council Tax Committee</c>.</param>
/// <param name="MeetingDate">The date of the meeting that considers it (<c>meeting-date:</c>).</param>
/// <param name="Item">The item reference on the agenda, e.g. <c>A.1</c>.</param>
/// <param name="Title">The item's title, e.g. <c>Social Media Policy</c>; after <paramref name="Item"/> it titles the document.</param>
/// <param name="ReportOf">The officer whose report it is (<c>report-of:</c>), e.g. <c>Assistant Director (Partnerships)</c>.</param>
/// <param name="PreparedBy">Who wrote it (<c>prepared-by:</c>); also the document's author.</param>
/// <param name="Template">The Scriban template under <c>templates/</c>, e.g. <c>committee-report/report.sbn</c>.</param>
public sealed record ReportMetadata(
    string Committee,
    DateOnly MeetingDate,
    string Item,
    string Title,
    string ReportOf,
    string PreparedBy,
    string Template);
