namespace PolicyBuild.Authoring;

/// <summary>The placeholder texts <c>policybuild init</c> writes, which <c>check</c> flags until they are replaced.</summary>
public static class InitPlaceholders
{
    public const string Service = "Service name";
    public const string OwnerRole = "Job title of the policy owner";
    public const string Committee = "Name of the committee";

    /// <summary>The date init writes when <c>--date</c> is not given.</summary>
    public const string Date = "2000-01-01";

    /// <summary>Part of the sample clause text init writes.</summary>
    public const string ClauseText = "(replace this text with the purpose of the";

    /// <summary>policy.yml values, each with what to write instead.</summary>
    public static readonly IReadOnlyList<(string Text, string Advice)> Metadata =
    [
        (Service, "the service that owns the policy"),
        (OwnerRole, "the job title of the policy's owner"),
        (Committee, "the committee that will adopt the policy"),
        (Date, "the real date"),
    ];
}
