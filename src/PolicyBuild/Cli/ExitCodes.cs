namespace PolicyBuild.Cli;

/// <summary>Process exit codes, as documented in the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input (policy, template, baseline) has errors; nothing was written.</summary>
    public const int ContentError = 1;

    /// <summary>The command line was wrong.</summary>
    public const int UsageError = 2;
}
