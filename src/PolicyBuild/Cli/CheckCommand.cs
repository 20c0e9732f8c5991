using System.CommandLine;
using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing;
using PolicyBuild.Templates;

namespace PolicyBuild.Cli;

/// <summary><c>policybuild check</c>: load and validate every policy, write nothing.</summary>
public static class CheckCommand
{
    public static Command Create(CommonOptions common, Reporter reporter)
    {
        var command = new Command("check", "Load and validate policies (metadata, fragments, ids, cross-references); write nothing")
        {
            common.Policies,
        };
        command.SetAction(parse =>
        {
            var policies = PolicyDiscovery.Resolve(parse.GetValue(common.Policies));
            var failed = false;
            foreach (var directory in policies)
            {
                var toolchain = new Toolchain(TemplateSet.Locate(parse.GetValue(common.Templates), directory));
                try
                {
                    var policy = new PolicyPackBuilder(toolchain).Load(directory);
                    reporter.Line($"ok: {directory}: {policy.Sections.Length} sections, {policy.Clauses.Count()} clauses");
                }
                catch (PolicyBuildException ex)
                {
                    reporter.Report(ex.Diagnostics);
                    failed = true;
                }
            }

            if (policies.Count == 0)
            {
                reporter.Report([Diagnostic.Error(new SourceLocation(PolicyDiscovery.DefaultSourceRoot), "no policies found: name a policy folder, or run from the folder that holds policy-src/")]);
                return ExitCodes.UsageError;
            }

            return failed ? ExitCodes.ContentError : ExitCodes.Ok;
        });
        return command;
    }
}
