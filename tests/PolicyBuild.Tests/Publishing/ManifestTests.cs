using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PolicyBuild.Publishing;
using PolicyBuild.Publishing.Manifest;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing;

/// <summary>manifest.json from in-memory outputs: order, sizes, hashes, and no commit outside git.</summary>
public sealed class ManifestTests
{
    [Fact]
    public void Lists_outputs_by_path_with_kind_format_size_and_lower_case_sha256()
    {
        var result = new PolicyPackBuilder(TestToolchain.Create())
            .Build(RepositoryPaths.SamplePolicy, new BuildOptions("out"));
        var folder = Path.Combine("out", "social-media");
        var outputs = new[]
        {
            new OutputFile(Path.Combine(folder, "b.pdf"), OutputKinds.Policy, "%PDF"u8.ToArray()),
            new OutputFile(Path.Combine(folder, "a.docx"), OutputKinds.Policy, [1, 2, 3]),
            new OutputFile(Path.Combine(folder, "changes.json"), OutputKinds.Changes, "{}"u8.ToArray()),
        };

        var manifest = ManifestBuilder.Build(result, outputs, folder, sourceCommit: null);
        var json = ManifestJson.Serialize(manifest);

        Assert.Equal(["a.docx", "b.pdf", "changes.json"], manifest.Files.Select(f => f.Path));
        Assert.Equal(["docx", "pdf", "json"], manifest.Files.Select(f => f.Format));
        Assert.Equal(Convert.ToHexString(SHA256.HashData([1, 2, 3])).ToLowerInvariant(), manifest.Files[0].Sha256);
        Assert.Equal(3, manifest.Files[0].Bytes);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("social-media", root.GetProperty("policy").GetString());
        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("draft", root.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("sourceCommit").ValueKind);
        Assert.Equal(["schema", "policy", "title", "version", "status", "sourceCommit", "files"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(json, ManifestJson.Serialize(ManifestBuilder.Build(result, outputs.Reverse(), folder, null)));
        Assert.DoesNotContain("\r", Encoding.UTF8.GetString(json));
    }

    [Fact]
    public void Source_commit_is_null_outside_git_and_head_inside()
    {
        using var temp = new TempDirectory();

        Assert.Null(SourceCommit.Of(temp.Path));
        Assert.Matches("^[0-9a-f]{40}$", SourceCommit.Of(RepositoryPaths.SamplePolicy) ?? string.Empty);
    }
}
