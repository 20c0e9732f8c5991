using System.Collections.Immutable;

namespace PolicyBuild.Reports;

/// <summary>A report item as written: metadata and the Markdown of each part, by part key.</summary>
/// <param name="Name">The folder name, used for output names (<c>2021-07-hr-report.docx</c>).</param>
/// <param name="Directory">The report item's folder.</param>
/// <param name="Metadata">What its <c>report.yml</c> says.</param>
/// <param name="Parts">The Markdown of each part the template uses, by part key; an optional part not written is empty.</param>
public sealed record ReportSource(string Name, string Directory, ReportMetadata Metadata, ImmutableSortedDictionary<string, string> Parts);
