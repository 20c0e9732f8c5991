using System.CommandLine;
using PolicyBuild.Diagnostics;
using PolicyBuild.Diff;
using PolicyBuild.Publishing;
using PolicyBuild.Templates;

namespace PolicyBuild.Cli;

/// <summary><c>policybuild diff</c>: what changed since the baseline, by section, in the terminal; or changes.json with <c>--json</c>.</summary>
public static class DiffCommand
{
    public static Command Create(CommonOptions common, Reporter reporter)
    {
        var policy = new Argument<string>("policy") { Description = "The policy folder, or its name under policy-src/" };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Compare with this version: a policy folder or a git revision (tag, branch, commit). Default: policy.yml's baseline",
        };
        var command = new Command("diff",
            "Show what changed since the baseline, grouped by section: each changed clause with its kind and numbers. " +
            "Coloured on a terminal (not with NO_COLOR); --json prints the changes.json document instead. Writes nothing; exits 0.\n\n" +
            "Example: policybuild diff social-media --baseline v1.0")
        {
            policy, baseline,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(baseline) is { } spec && OptionText.BaselineProblem(spec) is { } wrong)
            {
                result.AddError($"--baseline {wrong}");
            }
        });
        command.SetAction(parse =>
        {
            ProcessClock.Report(reporter);
            var directory = PolicyDiscovery.Resolve([parse.GetValue(policy)!])[0];
            PolicyComparison? comparison;
            try
            {
                var toolchain = new Toolchain(TemplateSet.Locate(parse.GetValue(common.Templates), directory));
                comparison = PolicyComparison.Compare(toolchain, directory, parse.GetValue(baseline));
            }
            catch (PolicyBuildException ex)
            {
                reporter.Report(ex.Diagnostics);
                return reporter.Finish(ExitCodes.ContentError);
            }

            if (comparison is null)
            {
                reporter.Report([Diagnostic.Error(new SourceLocation(directory.Replace('\\', '/')), "no baseline to compare with: pass --baseline <folder|revision>, or set baseline: in policy.yml")]);
                return reporter.Finish(ExitCodes.UsageError);
            }

            if (reporter.Mode.Json)
            {
                reporter.Output.WriteLine(System.Text.Encoding.UTF8.GetString(ChangeSetJson.Serialize(comparison.Changes)));
                return ExitCodes.Ok;
            }

            foreach (var line in new DiffPrinter(new AnsiStyle(reporter.Mode.Color)).Lines(comparison))
            {
                reporter.Line(line);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
