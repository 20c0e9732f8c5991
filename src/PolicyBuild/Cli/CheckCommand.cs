using System.CommandLine;
using System.Diagnostics;
using PolicyBuild.Diagnostics;
using PolicyBuild.Markdown.Lint;

namespace PolicyBuild.Cli;

/// <summary>
/// <c>policybuild check</c>: load and validate every policy, then warn of what a reviewer would
/// raise; write nothing. <c>--strict</c> makes the warnings errors.
/// </summary>
public static class CheckCommand
{
    public static Command Create(CommonOptions common, Reporter reporter)
    {
        var strict = new Option<bool>("--strict") { Description = "Treat the reviewer's warnings as errors (exit 1)" };
        var today = new Option<string?>("--today") { Description = "The date the review date is compared with, YYYY-MM-DD (default: today's date)" };
        var command = new Command("check",
            "Load and validate policies (metadata, fragments, ids, cross-references) and warn of what a reviewer would raise: " +
            "review date passed, an id: differing from its file slug, an empty section, a clause over 250 words, a clause number typed " +
            "('see 5.12') instead of [](#id), a link to a missing file. Writes nothing.\n\n" +
            "Example: policybuild check social-media --strict")
        {
            common.Policies, strict, today,
        };
        today.Validators.Add(result =>
        {
            // On the option's own tokens: a missing value is already reported by the parser.
            if (result.Tokens is [{ Value: var text }] && IsoDate.Parse(text) is null)
            {
                result.AddError($"--today must be written YYYY-MM-DD, not '{text}'");
            }
        });
        command.SetAction(parse =>
        {
            ProcessClock.Report(reporter);
            var started = Stopwatch.GetTimestamp();
            var policies = PolicyDiscovery.Resolve(parse.GetValue(common.Policies));
            if (policies.Count == 0)
            {
                reporter.Report([Diagnostic.Error(new SourceLocation(PolicyDiscovery.DefaultSourceRoot), "no policies found: name a policy folder, or run from the folder that holds policy-src/")]);
                return reporter.Finish(ExitCodes.UsageError);
            }

            // The clock is fine here: a check compares with today, it writes nothing.
            var date = parse.GetValue(today) is { } text ? IsoDate.Parse(text)!.Value : DateOnly.FromDateTime(DateTime.Now);
            var checker = new PolicyChecker(new LintOptions(date), parse.GetValue(strict));
            var failed = false;
            foreach (var directory in policies)
            {
                var result = checker.Check(directory);
                reporter.Report(result.Diagnostics);
                reporter.Timing($"load {directory}", result.LoadTime);
                reporter.Timing($"lint {directory}", result.LintTime);
                failed |= result.HasErrors;
                if (result is { HasErrors: false, Policy: { } policy })
                {
                    var warnings = result.WarningCount switch { 0 => string.Empty, 1 => ", 1 warning", var n => $", {n} warnings" };
                    reporter.Line($"ok: {directory}: {policy.Sections.Length} sections, {policy.Clauses.Count()} clauses{warnings}");
                }
            }

            reporter.Timing("check", Stopwatch.GetElapsedTime(started));
            return reporter.Finish(failed ? ExitCodes.ContentError : ExitCodes.Ok);
        });
        return command;
    }
}
