using System.CommandLine;
using PolicyBuild.Authoring;
using PolicyBuild.Authoring.Renumbering;
using PolicyBuild.Diagnostics;
using PolicyBuild.Markdown;
using PolicyBuild.Markdown.CrossReferences;

namespace PolicyBuild.Cli;

/// <summary>
/// <c>policybuild renumber</c>: even prefixes (10, 20, 30…) for every section folder and clause file,
/// keeping order, slugs and so ids: the built documents are byte-identical before and after.
/// </summary>
public static class RenumberCommand
{
    public static Command Create(Reporter reporter)
    {
        var policy = new Argument<string>("policy") { Description = "The policy folder, or its name under policy-src/" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the renames without making them" };
        var command = new Command("renumber",
            "Rename section folders and clause files to prefixes 10, 20, 30… in their current order, with 'git mv' inside a git work tree. " +
            "Ids and the built documents do not change; running it again renames nothing.\n\n" +
            "Example: policybuild renumber social-media --dry-run")
        {
            policy, dryRun,
        };
        command.SetAction(parse =>
        {
            ProcessClock.Report(reporter);
            var directory = PolicyDiscovery.Resolve([parse.GetValue(policy)!])[0];
            var display = DisplayPath.Of(directory);
            if (Load(directory, display, reporter) is not { } before)
            {
                reporter.Line("renumber stopped: fix the errors first; nothing was renamed");
                return reporter.Finish(ExitCodes.ContentError);
            }

            var renames = RenumberPlanner.Plan(new DirectoryPolicyTree(directory, display));
            if (renames.Count == 0)
            {
                reporter.Line($"nothing to renumber: {display} already has prefixes 10, 20, 30…");
                return reporter.Finish(ExitCodes.Ok);
            }

            if (parse.GetValue(dryRun))
            {
                renames.ToList().ForEach(r => reporter.Line($"would rename {display}/{r.From} → {display}/{r.To}"));
                reporter.Line($"dry run: {renames.Count} renames, nothing changed");
                return reporter.Finish(ExitCodes.Ok);
            }

            var executor = new RenumberExecutor(directory);
            executor.Apply(renames);
            renames.ToList().ForEach(r => reporter.Line($"renamed {display}/{r.From} → {display}/{r.To}"));
            reporter.Line($"renumbered {renames.Count} files and folders{(executor.InGitWorkTree ? " with git mv" : string.Empty)}");

            // The promise is that nothing but prefixes changed: hold it to that.
            var after = Load(directory, display, reporter);
            return reporter.Finish(after == before ? ExitCodes.Ok : Mismatch(reporter, display));
        });
        return command;
    }

    /// <summary>The policy's sections and clauses as (id, number), or null with its errors reported.</summary>
    private static string? Load(string directory, string display, Reporter reporter)
    {
        if (!Directory.Exists(directory))
        {
            reporter.Report([Diagnostic.Error(new SourceLocation(display), "policy folder not found")]);
            return null;
        }

        try
        {
            var loaded = new PolicyLoader(new PolicyTextChecks(PolicyMarkdown.CreatePipeline())).Load(new DirectoryPolicyTree(directory, display));
            return string.Join('\n', loaded.Sections.SelectMany(s => s.Clauses.Select(c => $"{c.Id} {c.Number}").Prepend($"{s.Id} {s.Number}")));
        }
        catch (PolicyBuildException ex)
        {
            reporter.Report(ex.Diagnostics);
            return null;
        }
    }

    private static int Mismatch(Reporter reporter, string display)
    {
        reporter.Report([Diagnostic.Error(new SourceLocation(display), "after renaming, the ids or numbers differ from before: please report this")]);
        return ExitCodes.ContentError;
    }
}
