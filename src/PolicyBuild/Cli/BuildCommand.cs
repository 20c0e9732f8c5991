using System.CommandLine;
using System.Globalization;
using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing;
using PolicyBuild.Templates;

namespace PolicyBuild.Cli;

/// <summary><c>policybuild build</c>: the clean policy, and with a baseline the marked appendix and changes.json.</summary>
public static class BuildCommand
{
    public static Command Create(CommonOptions common, Reporter reporter)
    {
        var output = new Option<string>("--out", "-o") { Description = "Output folder", DefaultValueFactory = _ => "output" };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Compare with this version: a policy folder or a git revision (tag, branch, commit). Default: policy.yml's baseline",
        };
        var author = new Option<string?>("--author") { Description = "Author of the tracked changes (default: policy.yml revisions.author, else the last commit's author)" };
        var date = new Option<string?>("--date") { Description = "Date of the tracked changes, YYYY-MM-DD (default: policy.yml revisions.date, else the last commit's date)" };
        var command = new Command("build", "Build policy documents: clean .docx; with a baseline, the marked-revisions .docx and changes.json")
        {
            common.Policies, output, baseline, author, date,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(date) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--date must be written YYYY-MM-DD, not '{text}'");
            }
        });
        command.SetAction(parse =>
        {
            var policies = PolicyDiscovery.Resolve(parse.GetValue(common.Policies));
            if (policies.Count == 0)
            {
                reporter.Report([Diagnostic.Error(new SourceLocation(PolicyDiscovery.DefaultSourceRoot), "no policies found: name a policy folder, or run from the folder that holds policy-src/")]);
                return ExitCodes.UsageError;
            }

            var options = new BuildOptions(
                parse.GetValue(output)!,
                parse.GetValue(baseline),
                parse.GetValue(author),
                parse.GetValue(date) is { } d ? new DateTimeOffset(DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
            return Run(policies, options, parse.GetValue(common.Templates), reporter);
        });
        return command;
    }

    private static int Run(IReadOnlyList<string> policies, BuildOptions options, string? templates, Reporter reporter)
    {
        var results = new List<PolicyBuildResult>();
        try
        {
            foreach (var directory in policies)
            {
                var toolchain = new Toolchain(TemplateSet.Locate(templates, directory));
                results.Add(new PolicyPackBuilder(toolchain).Build(directory, options));
            }
        }
        catch (PolicyBuildException ex)
        {
            reporter.Report(ex.Diagnostics);
            reporter.Line("build failed: nothing was written");
            return ExitCodes.ContentError;
        }

        // Only now, with every document built, is anything written.
        foreach (var result in results)
        {
            AtomicFileWriter.WriteAll(result.Outputs);
            foreach (var file in result.Outputs)
            {
                reporter.Line($"wrote {file.Path.Replace('\\', '/')} ({file.Content.Length:N0} bytes)");
            }

            if (result.Changes is { } changes)
            {
                ChangeReport.Print(changes, reporter);
            }
        }

        return ExitCodes.Ok;
    }
}
