using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Publishing.Pdf;

namespace PolicyBuild.Publishing;

/// <summary>
/// A whole <c>build</c> or <c>publish</c>: everything is built, checked and converted in memory first,
/// and written only when all of it succeeded, each policy's folder replaced whole in policy order.
/// Tells its steps as <see cref="OutputRunEvent"/>s and ends with an <see cref="OutputRunOutcome"/>;
/// the command line turns both into lines and an exit code.
/// </summary>
public sealed class OutputRun(LibreOfficeSource libreOffice)
{
    /// <param name="policies">The policy folders, in the order their outputs are written.</param>
    /// <param name="options">What was asked for.</param>
    /// <param name="toolchainFor">The toolchain for a policy folder (see <see cref="ToolchainCache"/>).</param>
    /// <param name="writeStep">Told each step of writing (the fault tests' hook); null when nobody asks.</param>
    /// <param name="tell">Told each step of the run as it happens.</param>
    /// <param name="ct">Cancels building and converting; the outputs, once being written, are written.</param>
    public async Task<OutputRunOutcome> RunAsync(IReadOnlyList<string> policies, BuildOptions options, Func<string, Toolchain> toolchainFor,
        Action<string>? writeStep, Action<OutputRunEvent> tell, CancellationToken ct)
    {
        PublishRun run;
        try
        {
            run = await new Publisher(libreOffice).RunAsync(policies, toolchainFor, options, ct).ConfigureAwait(false);
        }
        catch (PolicyBuildException ex)
        {
            return new OutputRunRefused(ex.Diagnostics);
        }
        catch (PublishException ex)
        {
            return new OutputRunUnpublishable(ex.Issues);
        }
        catch (LibreOfficeException ex)
        {
            // Not installed (the message says how to install it), or it would not start.
            return new OutputRunFailed(ex.Message);
        }
        catch (TimeoutException ex)
        {
            return new OutputRunFailed($"LibreOffice did not start: {ex.Message}");
        }

        tell(new OutputsBuilt(run));
        if (SharedFolders(run, options) is { } clash)
        {
            return new OutputRunFailed(clash);
        }

        // Only now, with every output built and checked, is anything written: each policy's folder replaced whole.
        foreach (var policy in run.Policies)
        {
            var folder = policy.Result.OutputFolder(options);
            try
            {
                OutputSet.Replace(folder, policy.Outputs, writeStep, () => tell(new WaitingForOutputFolder(folder)));
            }
            catch (PolicyBuildException ex)
            {
                return new OutputRunWriteFailed(ex.Diagnostics, folder);
            }

            tell(new PolicyWritten(policy));
        }

        return new OutputRunWritten(run);
    }

    /// <summary>Two policies of one run with the same short-name would replace each other's outputs.</summary>
    private static string? SharedFolders(PublishRun run, BuildOptions options) =>
        run.Policies.GroupBy(p => Path.GetFullPath(p.Result.OutputFolder(options)), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{string.Join(" and ", g.Select(p => DisplayPath.Of(p.Result.PolicyDirectory)))} have the same short-name '{g.First().Result.Policy.Metadata.ShortName}': their outputs would replace each other; give each its own")
            .FirstOrDefault();
}
