namespace PolicyBuild.Cli;

/// <summary>Which policies a command works on: the ones named, or every folder of policy-src with a policy.yml.</summary>
public static class PolicyDiscovery
{
    public const string DefaultSourceRoot = "policy-src";

    public static IReadOnlyList<string> Resolve(IReadOnlyList<string>? named)
    {
        if (named is { Count: > 0 })
        {
            // A bare name such as "social-media" means policy-src/social-media when that exists.
            return named.Select(n => !Directory.Exists(n) && Directory.Exists(Path.Combine(DefaultSourceRoot, n)) ? Path.Combine(DefaultSourceRoot, n) : n).ToList();
        }

        return Directory.Exists(DefaultSourceRoot)
            ? Directory.GetDirectories(DefaultSourceRoot).Where(d => File.Exists(Path.Combine(d, "policy.yml"))).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
