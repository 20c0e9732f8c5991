using System.Security.Cryptography;
using PolicyBuild.Model;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Publishing.Manifest;

/// <summary>Lists a policy's outputs with their sizes and SHA-256 hashes, in a fixed order.</summary>
public static class ManifestBuilder
{
    /// <param name="result">The policy as built.</param>
    /// <param name="outputs">Every file the run writes for it (not the manifest).</param>
    /// <param name="outputFolder">The policy's output folder; paths are listed relative to it.</param>
    /// <param name="sourceCommit">The commit of the source, or null.</param>
    public static PolicyManifest Build(PolicyBuildResult result, IEnumerable<OutputFile> outputs, string outputFolder, string? sourceCommit)
    {
        var metadata = result.Policy.Metadata;
        var files = outputs
            .Select(file => new ManifestEntry(
                Path.GetRelativePath(outputFolder, file.Path).Replace('\\', '/'),
                file.Kind,
                OutputFormat.Of(file.Path),
                file.Content.LongLength,
                Convert.ToHexStringLower(SHA256.HashData(file.Content))))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        return new PolicyManifest(metadata.ShortName, metadata.Title, metadata.Version,
            metadata.Status == PolicyStatus.Draft ? "draft" : "adopted", sourceCommit, files);
    }
}
