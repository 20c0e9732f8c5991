using System.CommandLine;
using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Cli;

/// <summary><c>policybuild watch</c>: rebuild a policy each time one of its files or a template is saved.</summary>
public static class WatchCommand
{
    public static Command Create(CommonOptions common, Reporter reporter)
    {
        var policy = new Argument<string>("policy") { Description = "The policy folder, or its name under policy-src/" };
        var output = new Option<string>("--out", "-o") { Description = "Output folder", DefaultValueFactory = _ => "output" };
        var command = new Command("watch",
            "Build the policy, then rebuild it whenever a file in its folder or in templates/ is saved, printing what changed " +
            "and any errors, until Ctrl+C.\n\nExample: policybuild watch social-media --out output")
        {
            policy, output,
        };
        command.SetAction((parse, ct) =>
        {
            ProcessClock.Report(reporter);
            var directory = PolicyDiscovery.Resolve([parse.GetValue(policy)!])[0];
            if (!Directory.Exists(directory))
            {
                reporter.Report([Diagnostic.Error(new SourceLocation(directory.Replace('\\', '/')), "policy folder not found")]);
                return Task.FromResult(ExitCodes.ContentError);
            }

            var watcher = new PolicyWatcher(directory, parse.GetValue(common.Templates), new BuildOptions(parse.GetValue(output)!) { StepTimed = reporter.Mode.Verbose ? reporter.Timing : null }, reporter);
            return watcher.RunAsync(ct);
        });
        return command;
    }
}
