using System.CommandLine;

namespace PolicyBuild.Cli;

/// <summary>Arguments and options shared by several commands.</summary>
public sealed class CommonOptions
{
    public CommonOptions()
    {
        // The policy list would otherwise swallow a mistyped option ("build --outt x") as a folder name.
        Policies.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && !Directory.Exists(token.Value))
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
    }

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

    /// <summary>Machine-readable output on standard output (build, check, init, renumber: the run result; diff: changes.json).</summary>
    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print a machine-readable result on standard output: {ok, outputs, warnings, errors}; for diff, changes.json",
        Recursive = true,
    };

    public Option<bool> Quiet { get; } = new("--quiet")
    {
        Description = "Print only errors",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Also print the time each step took, and the process start-up, to standard error",
        Recursive = true,
    };
}
