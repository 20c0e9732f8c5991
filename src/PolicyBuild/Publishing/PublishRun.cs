using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Publishing.Pdf;

namespace PolicyBuild.Publishing;

/// <summary>Everything a run produced, still in memory: nothing has been written yet.</summary>
/// <param name="Policies">Each policy's outputs, ready to write, in the order of the run.</param>
/// <param name="Warnings">Accessibility findings a person must judge (not errors).</param>
/// <param name="Pdf">The PDF conversion, when PDFs were asked for.</param>
public sealed record PublishRun(IReadOnlyList<PublishedPolicy> Policies, IReadOnlyList<PublishIssue> Warnings, PdfConversion? Pdf)
{
    /// <summary>Writes every output, policy by policy, each policy's folder replaced whole (<see cref="OutputSet"/>).</summary>
    public void WriteAll(BuildOptions options)
    {
        foreach (var policy in Policies)
        {
            OutputSet.Replace(policy.Result.OutputFolder(options), policy.Outputs);
        }
    }
}
