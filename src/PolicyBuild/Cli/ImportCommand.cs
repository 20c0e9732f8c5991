using System.CommandLine;
using PolicyBuild.Diagnostics;
using PolicyBuild.Import;
using PolicyBuild.Markdown;

namespace PolicyBuild.Cli;

/// <summary>
/// <c>policybuild import</c>: an existing Word policy into fragments. What could not be mapped, or
/// was guessed, is reported as warnings located at the file to fix (or at the document). Exit 1 on
/// a document that cannot be imported, 2 on a target folder that may not be replaced.
/// </summary>
public static class ImportCommand
{
    public static Command Create(Reporter reporter)
    {
        var document = new Argument<string>("document") { Description = "The Word policy to import (.docx)" };
        var target = new Option<string?>("--to")
        {
            Description = "The policy folder to write, e.g. policy-src/social-media (its name becomes the short name)",
        };
        var into = new Option<string?>("--into")
        {
            Description = "An existing policy folder to import a later version into: matched clauses keep their ids and files, the previous state becomes the baseline",
        };
        var force = new Option<bool>("--force") { Description = "Replace the folder if it exists and is not empty (its files are deleted)" };
        var accept = new Option<bool>("--accept-revisions") { Description = "Import a document with tracked changes as if every change were accepted" };
        var command = new Command("import",
            "Import an existing Word policy: policy.yml, section folders and clause files, and a report of what could not be mapped. " +
            "Writes nothing on an error; never replaces a non-empty folder without --force.\n\n" +
            "Example: policybuild import Adopted-Policy.docx --to policy-src/social-media\n" +
            "         policybuild import Draft-Policy.docx --into policy-src/social-media")
        {
            document, target, into, force, accept,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(target) is null) == (result.GetValue(into) is null))
            {
                result.AddError("give either --to <new folder> or --into <existing policy folder>");
            }
            else if (result.GetValue(into) is not null && result.GetValue(force))
            {
                result.AddError("--force replaces a folder with --to; --into changes only what the document changed");
            }
        });
        command.SetAction(parse => Run(
            new ImportOptions(parse.GetValue(document)!, (parse.GetValue(target) ?? parse.GetValue(into))!, parse.GetValue(force), parse.GetValue(accept),
                Into: parse.GetValue(into) is not null),
            reporter));
        return command;
    }

    private static int Run(ImportOptions options, Reporter reporter)
    {
        try
        {
            if (!options.Into)
            {
            // Like init's existing folder, a folder that may not be replaced is a usage error.
                WordImporter.CheckTarget(options.Document, options.Target, options.Force);
            }
        }
        catch (PolicyBuildException ex)
        {
            reporter.Report(ex.Diagnostics);
            reporter.Line("import stopped: nothing was written");
            return reporter.Finish(ExitCodes.UsageError);
        }

        ImportResult result;
        try
        {
            result = new WordImporter(PolicyMarkdown.CreatePipeline()).Import(options);
        }
        catch (PolicyBuildException ex)
        {
            reporter.Report(ex.Diagnostics);
            reporter.Line("import failed: nothing was written");
            return reporter.Finish(ExitCodes.ContentError);
        }

        var target = result.Target.Replace('\\', '/').TrimEnd('/');
        foreach (var file in result.Files)
        {
            reporter.Wrote($"{target}/{file}", "import", new FileInfo(Path.Combine(result.Target, file)).Length);
        }

        if (result.Into is { } into)
        {
            return FinishInto(options, result, into, target, reporter);
        }

        reporter.Report(result.Notes.Select(n => Diagnostic.Warning(new SourceLocation(n.File is null ? options.Document : $"{target}/{n.File}", n.Line), n.Message)));
        reporter.Line($"imported {options.Document} into {target}: {result.Sections} sections, {result.Clauses} clauses; " +
            (result.Notes.IsEmpty ? "everything was mapped" : $"{result.Notes.Length} warnings: check those places"));
        return reporter.Finish(ExitCodes.Ok);
    }

    private static int FinishInto(ImportOptions options, ImportResult result, IntoReport into, string target, Reporter reporter)
    {
        foreach (var (from, to) in into.Changes.Moved)
        {
            reporter.Line($"moved {target}/{from} → {target}/{to}");
        }

        foreach (var removed in into.Changes.Removed)
        {
            reporter.Line($"removed {target}/{removed}");
        }

        foreach (var line in into.Matches.Where(m => !m.StartsWith("removed:", StringComparison.Ordinal)))
        {
            reporter.Line(line);
        }

        reporter.Report(result.Notes.Select(n => Diagnostic.Warning(new SourceLocation(n.File is null ? options.Document : $"{target}/{n.File}", n.Line), n.Message)));
        var kept = into.Matches.Count(m => m.StartsWith("kept:", StringComparison.Ordinal) || m.StartsWith("unsure:", StringComparison.Ordinal));
        var unsure = into.Matches.Count(m => m.StartsWith("unsure:", StringComparison.Ordinal));
        var added = into.Matches.Count(m => m.StartsWith("new:", StringComparison.Ordinal));
        reporter.Line($"imported {options.Document} into {target}: {result.Sections} sections, {result.Clauses} clauses " +
            $"({kept} kept, {unsure} of them unsure; {added} new; {into.Changes.Removed.Length} files removed); " +
            (into.Baseline is { } baseline ? $"baseline: {baseline} (the previous state)" : "baseline as policy.yml names it"));
        return reporter.Finish(ExitCodes.Ok);
    }
}
