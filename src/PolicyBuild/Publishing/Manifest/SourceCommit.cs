using PolicyBuild.Authoring;

namespace PolicyBuild.Publishing.Manifest;

/// <summary>The git commit a policy was published from.</summary>
public static class SourceCommit
{
    /// <summary><c>git rev-parse HEAD</c> in the policy's folder; null outside a repository, or before its first commit.</summary>
    public static string? Of(string policyDirectory)
    {
        var head = Git.RunText(policyDirectory, "rev-parse HEAD");
        return head is { Length: 40 or 64 } && head.All(Uri.IsHexDigit) ? head.ToLowerInvariant() : null;
    }
}
