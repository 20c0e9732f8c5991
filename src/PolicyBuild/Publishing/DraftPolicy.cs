using PolicyBuild.Diagnostics;
using PolicyBuild.Model;

namespace PolicyBuild.Publishing;

/// <summary>Refuses to publish a draft unless asked to: a published policy is the adopted text.</summary>
public static class DraftPolicy
{
    /// <summary>An error located at policy.yml's <c>status:</c> line when the policy is a draft.</summary>
    public static Diagnostic? Refusal(Policy policy, string policyDirectory)
    {
        if (policy.Metadata.Status != PolicyStatus.Draft)
        {
            return null;
        }

        var file = Path.Combine(policyDirectory, "policy.yml");
        var line = File.Exists(file)
            ? Array.FindIndex(File.ReadAllLines(file), l => l.StartsWith("status:", StringComparison.Ordinal)) + 1
            : 0;
        var location = new SourceLocation($"{policy.SourceDirectory}/policy.yml", Math.Max(line, 1), line > 0 ? "status: ".Length + 1 : 1);
        return Diagnostic.Error(location,
            $"'{policy.Metadata.ShortName}' is a draft: publish writes the adopted policy; pass --draft to publish a draft (for consultation or a committee)");
    }
}
