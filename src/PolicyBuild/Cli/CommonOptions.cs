using System.CommandLine;

namespace PolicyBuild.Cli;

/// <summary>Arguments and options shared by several commands.</summary>
public sealed class CommonOptions
{
    public Argument<string[]> Policies { get; } = new("policy")
    {
        Description = "Policy folders, or names under policy-src/ (default: every policy under policy-src/)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Templates { get; } = new("--templates")
    {
        Description = "The templates folder (default: the nearest templates/ above the policy)",
        Recursive = true,
    };
}
