using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing.Accessibility;
using PolicyBuild.Publishing.Manifest;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Publishing.Pdf;

namespace PolicyBuild.Publishing;

/// <summary>
/// One run of <c>build</c> or <c>publish</c>: builds every policy, and when publishing checks each
/// document's accessibility, converts all Word documents to PDF in one LibreOffice session (started
/// in the background while the documents are built), and lists each policy's outputs in
/// manifest.json. Everything stays in memory; <see cref="PublishRun.WriteAll"/> writes it.
/// </summary>
public sealed class Publisher(LibreOfficeSource libreOffice)
{
    /// <param name="policyDirectories">The policies of the run, in order.</param>
    /// <param name="toolchainFor">The toolchain for a policy folder (templates are found from it).</param>
    /// <param name="options">What was asked for.</param>
    /// <param name="ct">Cancels the run.</param>
    /// <exception cref="PolicyBuildException">A policy has errors, or is a draft that was not to be published.</exception>
    /// <exception cref="PublishException">An accessibility error (or, strict, warning); a PDF failed conversion or its checks.</exception>
    /// <exception cref="LibreOffice.LibreOfficeException">LibreOffice is missing or would not start.</exception>
    public async Task<PublishRun> RunAsync(
        IReadOnlyList<string> policyDirectories, Func<string, Toolchain> toolchainFor, BuildOptions options, CancellationToken ct = default)
    {
        if (!options.AllowDrafts)
        {
            RefuseDrafts(policyDirectories, toolchainFor);
        }

        // Started now, LibreOffice gets ready while the documents are built.
        var lease = options.Pdf ? libreOffice.Begin(ct) : null;
        try
        {
            return await BuildAndPublishAsync(policyDirectories, toolchainFor, options, lease, ct).ConfigureAwait(false);
        }
        finally
        {
            if (lease is not null)
            {
                await lease.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<PublishRun> BuildAndPublishAsync(
        IReadOnlyList<string> policyDirectories, Func<string, Toolchain> toolchainFor, BuildOptions options, LibreOfficeLease? lease, CancellationToken ct)
    {
        var results = ParallelPolicyBuilds.Run(policyDirectories, toolchainFor, options);
        if (!options.Publishes)
        {
            return new PublishRun([.. results.Select(r => new PublishedPolicy(r, r.Outputs))], [], null);
        }

        var warnings = CheckAccessibility(results, options.Strict);
        var documents = results.SelectMany(r => r.Documents).ToList();
        var pdf = lease is null ? null : await PdfPublisher.ConvertAsync(documents, lease, options.PdfTimeout, ct, options.Progress).ConfigureAwait(false);
        var pdfs = pdf?.Pdfs ?? [];
        var policies = results.Select(result =>
        {
            var folder = result.OutputFolder(options);
            // PDFs come back in document order; a policy's own are those of its documents.
            var outputs = result.Outputs.Concat(pdfs.Where(p => result.Documents.Any(d => OutputFormat.ChangeTo(d.Docx.Path, OutputFormat.Pdf) == p.Path))).ToList();
            var manifest = ManifestBuilder.Build(result, outputs, folder, SourceCommit.Of(result.PolicyDirectory));
            outputs.Add(new OutputFile(Path.Combine(folder, PolicyManifest.FileName), OutputKinds.Manifest, ManifestJson.Serialize(manifest)));
            return new PublishedPolicy(result, outputs);
        }).ToList();
        return new PublishRun(policies, warnings, pdf);
    }

    private static void RefuseDrafts(IReadOnlyList<string> policyDirectories, Func<string, Toolchain> toolchainFor)
    {
        var refusals = policyDirectories
            .Select(d => DraftPolicy.Refusal(new PolicyPackBuilder(toolchainFor(d)).Load(d), d))
            .OfType<Diagnostic>()
            .ToList();
        if (refusals.Count > 0)
        {
            throw new PolicyBuildException(refusals);
        }
    }

    /// <summary>Checks every document; returns the warnings, or throws when anything must stop the run.</summary>
    private static List<PublishIssue> CheckAccessibility(IEnumerable<PolicyBuildResult> results, bool strict)
    {
        var checker = new AccessibilityChecker();
        var issues = results.SelectMany(r => r.Documents).SelectMany(checker.Check).ToList();
        if (strict)
        {
            issues = issues.Select(i => i with { Severity = Severity.Error }).ToList();
        }

        if (issues.Any(i => i.IsError))
        {
            throw new PublishException(issues);
        }

        return issues;
    }
}
