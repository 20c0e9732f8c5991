using PolicyBuild.Diagnostics;

namespace PolicyBuild.Publishing.Outputs;

/// <summary>
/// A problem found in an output while publishing. A laid-out document has no source lines, so it
/// is located by the output file and a place in it: <c>output/x/x.docx: clause 5.12: error: …</c>.
/// </summary>
/// <param name="Severity">An error stops the publish; a warning is reported for a person to judge.</param>
/// <param name="File">The output the problem is in, as the run names it (e.g. <c>output/x/x.pdf</c>).</param>
/// <param name="Place">Where in the document: <c>clause 5.12</c>, <c>heading "Legal"</c>; null for the whole document.</param>
/// <param name="Message">What is wrong, then why it matters or how to put it right.</param>
public sealed record PublishIssue(Severity Severity, string File, string? Place, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var severity = IsError ? "error" : "warning";
        return Place is null ? $"{File}: {severity}: {Message}" : $"{File}: {Place}: {severity}: {Message}";
    }
}
