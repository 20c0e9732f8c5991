using System.Collections.Immutable;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Cli;

/// <summary>What one run did, collected for the <c>--json</c> result: files written and every diagnostic.</summary>
public sealed record RunResult(ImmutableArray<RunOutput> Outputs, ImmutableArray<Diagnostic> Diagnostics)
{
    public static RunResult Empty { get; } = new([], []);

    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);

    public RunResult With(RunOutput output) => this with { Outputs = Outputs.Add(output) };

    public RunResult With(IEnumerable<Diagnostic> diagnostics) => this with { Diagnostics = Diagnostics.AddRange(diagnostics) };
}
