namespace PolicyBuild.Reports;

/// <summary>A part a report template expects (e.g. <c>purpose</c>, "Purpose of the report").</summary>
public sealed record ReportPart(string Key, string Title, bool Required);
