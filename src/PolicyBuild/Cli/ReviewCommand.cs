using System.CommandLine;
using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing;
using PolicyBuild.Review;
using PolicyBuild.Templates;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Cli;

/// <summary>
/// <c>policybuild review</c>: a document this tool built, after reviewers edited it in Word or
/// LibreOffice. Lists each tracked change and comment at the fragment file and line it falls in;
/// with <c>--accept</c> writes the accepted text into the clause files and the comments into a review
/// file. Changes outside the policy (title block, contents, header) are reported, never placed.
/// </summary>
public static class ReviewCommand
{
    public static Command Create(CommonOptions common, Reporter reporter)
    {
        var document = new Argument<string>("reviewed") { Description = "The reviewed Word document (.docx): the clean policy, the marked document or the pack" };
        var policy = new Option<string?>("--policy") { Description = "The policy folder it was built from (default: the policy under policy-src/ whose clauses it holds)" };
        var accept = new Option<bool>("--accept") { Description = "Write the text with every change accepted into the clause files, and the comments into the review file" };
        var comments = new Option<string?>("--comments") { Description = "Where --accept writes the comments (default: <policy folder>.review.md beside the policy folder)" };
        var command = new Command("review",
            "Read a reviewed document: list its tracked changes and comments by clause file and line, with author and date. " +
            "--accept writes the accepted text into the fragments (only the clauses the review touched) and the comments into a review file.\n\n" +
            "Example: policybuild review output/social-media/social-media.docx --policy policy-src/social-media --accept")
        {
            document, policy, accept, comments,
        };
        command.SetAction(parse => Run(parse.GetValue(document)!, parse.GetValue(policy), parse.GetValue(accept), parse.GetValue(comments), parse.GetValue(common.Templates), reporter));
        return command;
    }

    private static int Run(string document, string? policy, bool accept, string? comments, string? templates, Reporter reporter)
    {
        try
        {
            var directory = policy is not null ? PolicyDiscovery.Resolve([policy])[0] : ReviewedPolicy.Find(document);
            var toolchain = new Toolchain(TemplateSet.Locate(templates, directory));
            var loaded = toolchain.Loader.Load(new Authoring.DirectoryPolicyTree(directory));
            var own = RevisionAttribution.For(loaded, directory, new BuildOptions("output"));
            var commentsFile = comments ?? Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + ".review.md";
            var reviewer = new Reviewer(toolchain.Markdown, p => toolchain.Writer.Write(toolchain.Layout.Render(p)));
            var result = reviewer.Review(new ReviewOptions(document, directory, accept, commentsFile, (own.Author, own.Date)));
            Print(result, directory, document, commentsFile, reporter);
            return reporter.Finish(ExitCodes.Ok);
        }
        catch (PolicyBuildException ex)
        {
            reporter.Report(ex.Diagnostics);
            reporter.Line(accept ? "review failed: nothing was written" : "review failed");
            return reporter.Finish(ExitCodes.ContentError);
        }
    }

    private static void Print(ReviewResult result, string directory, string document, string commentsFile, Reporter reporter)
    {
        var root = directory.Replace('\\', '/').TrimEnd('/');
        var unplaced = new List<Diagnostic>();
        foreach (var (item, file, line) in result.Items)
        {
            var what = item.Kind == "comment"
                ? $"comment: {item.Text}{(item.Anchor is { Length: > 0 } anchor ? $" (on “{anchor}”)" : string.Empty)}"
                : $"{item.Kind}: “{item.Text}”";
            var who = $"({item.Author}{(item.When.Length > 0 ? $", {item.When}" : string.Empty)})";
            if (file is null)
            {
                unplaced.Add(Diagnostic.Warning(new SourceLocation(document), $"{what} {who} is in {item.Place.Outside}: not placed in any fragment — make it there by hand"));
            }
            else
            {
                reporter.Line($"{root}/{file}:{line}: {what} {who}");
            }
        }

        reporter.Report(unplaced);
        foreach (var written in result.Written)
        {
            reporter.Wrote($"{root}/{written}", "review", new FileInfo(Path.Combine(directory, written)).Length);
        }

        foreach (var removed in result.Removed)
        {
            reporter.Line($"removed {root}/{removed}");
        }

        if (result.CommentsFile is not null)
        {
            reporter.Wrote(DisplayPath.Of(commentsFile), "review", new FileInfo(commentsFile).Length);
        }

        var changes = result.Items.Count(i => i.Item.Kind != "comment");
        reporter.Line($"reviewed {document}: {changes} tracked changes, {result.Items.Length - changes} comments, {unplaced.Count} not placed" +
            (result.OwnChanges > 0 ? $"; {result.OwnChanges} changes of the redline itself not listed" : string.Empty) +
            (result.Written.IsEmpty && result.Removed.IsEmpty ? string.Empty : $"; {result.Written.Length} files written, {result.Removed.Length} removed"));
    }
}
