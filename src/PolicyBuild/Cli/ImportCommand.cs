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
        var target = new Option<string>("--to")
        {
            Description = "The policy folder to write, e.g. policy-src/social-media (its name becomes the short name)",
            Required = true,
        };
        var force = new Option<bool>("--force") { Description = "Replace the folder if it exists and is not empty (its files are deleted)" };
        var accept = new Option<bool>("--accept-revisions") { Description = "Import a document with tracked changes as if every change were accepted" };
        var command = new Command("import",
            "Import an existing Word policy: policy.yml, section folders and clause files, and a report of what could not be mapped. " +
            "Writes nothing on an error; never replaces a non-empty folder without --force.\n\n" +
            "Example: policybuild import Adopted-Policy.docx --to policy-src/social-media")
        {
            document, target, force, accept,
        };
        command.SetAction(parse => Run(
            new ImportOptions(parse.GetValue(document)!, parse.GetValue(target)!, parse.GetValue(force), parse.GetValue(accept), DateOnly.FromDateTime(DateTime.Today)),
            reporter));
        return command;
    }

    private static int Run(ImportOptions options, Reporter reporter)
    {
        try
        {
            // Like init's existing folder, a folder that may not be replaced is a usage error.
            WordImporter.CheckTarget(options.Document, options.Target, options.Force);
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

        reporter.Report(result.Notes.Select(n => Diagnostic.Warning(new SourceLocation(n.File is null ? options.Document : $"{target}/{n.File}", n.Line), n.Message)));
        reporter.Line($"imported {options.Document} into {target}: {result.Sections} sections, {result.Clauses} clauses; " +
            (result.Notes.IsEmpty ? "everything was mapped" : $"{result.Notes.Length} warnings: check those places"));
        return reporter.Finish(ExitCodes.Ok);
    }
}
