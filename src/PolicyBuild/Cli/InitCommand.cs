using System.CommandLine;
using System.Text;
using PolicyBuild.Authoring;

namespace PolicyBuild.Cli;

/// <summary><c>policybuild init</c>: scaffold a new policy that builds at once; never overwrites.</summary>
public static class InitCommand
{
    public static Command Create(Reporter reporter)
    {
        var name = new Argument<string>("name") { Description = "The policy's short name, lowercase words joined by hyphens (e.g. social-media)" };
        var parent = new Option<string>("--in") { Description = "The folder to create it in", DefaultValueFactory = _ => PolicyDiscovery.DefaultSourceRoot };
        var date = new Option<string?>("--date") { Description = "The date written as adoption date, YYYY-MM-DD (default 2000-01-01: never today, so the output is reproducible)" };
        var command = new Command("init",
            "Create a new policy: policy.yml, a first section and clause, and reports/ with a README. It builds at once. " +
            "Refuses an existing folder.\n\nExample: policybuild init social-media --in policy-src --date 2025-04-01")
        {
            name, parent, date,
        };
        name.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var text }] && !Model.Slug.IsValid(text))
            {
                result.AddError($"policy name '{text}' must be lowercase letters, digits and hyphens (e.g. social-media)");
            }
        });
        date.Validators.Add(result =>
        {
            // On the option's own tokens: a missing value is already reported by the parser.
            if (result.Tokens is [{ Value: var text }] && IsoDate.Parse(text) is null)
            {
                result.AddError($"--date must be written YYYY-MM-DD, not '{text}'");
            }
        });
        command.SetAction(parse =>
        {
            var policyName = parse.GetValue(name)!;
            var target = Path.Combine(parse.GetValue(parent)!, policyName);
            if (Path.Exists(target))
            {
                reporter.Report([Diagnostics.Diagnostic.Error(new Diagnostics.SourceLocation(target.Replace('\\', '/')),
                    "already exists: init never overwrites; choose another name, or another --in folder")]);
                return reporter.Finish(ExitCodes.UsageError);
            }

            var placeholder = parse.GetValue(date) is { } given ? IsoDate.Parse(given)!.Value : PolicyScaffold.PlaceholderDate;
            var files = PolicyScaffold.Files(policyName, placeholder);
            Write(target, files);
            foreach (var (path, text) in files)
            {
                reporter.Wrote(Path.Combine(target, path), "scaffold", Encoding.UTF8.GetByteCount(text));
            }

            reporter.Line($"created policy '{policyName}': its dates are placeholders ({placeholder:yyyy-MM-dd}); set them in policy.yml");
            reporter.Line($"next: policybuild build {target.Replace('\\', '/')}");
            return reporter.Finish(ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>Writes into a hidden folder beside the target, then renames it: no half-made policy is ever left.</summary>
    private static void Write(string target, IReadOnlyList<(string Path, string Text)> files)
    {
        var full = Path.GetFullPath(target);
        var staging = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.init-{Environment.ProcessId}");
        foreach (var (path, text) in files)
        {
            var file = Path.Combine(staging, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text.Replace("\r\n", "\n"));
        }

        Directory.Move(staging, full);
    }
}
