using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Markdig;
using PolicyBuild.Diagnostics;
using PolicyBuild.Import;
using PolicyBuild.Model;
using PolicyBuild.Rendering.Docx;
using PolicyBuild.Import.Word;

namespace PolicyBuild.Review;

/// <summary>
/// <c>policybuild review</c>: lists a reviewed document's tracked changes and comments by the
/// fragment file and line they fall in, and with <c>--accept</c> writes the accepted text back
/// (<see cref="ReviewAcceptor"/>) and the comments into a review file, to be answered in git.
/// </summary>
/// <param name="pipeline">The Markdown pipeline.</param>
/// <param name="buildClean">Builds the clean .docx of a policy as it is now (the Publishing toolchain, passed in).</param>
public sealed class Reviewer(MarkdownPipeline pipeline, Func<Policy, byte[]> buildClean)
{
    public ReviewResult Review(ReviewOptions options)
    {
        PolicyFolder folder;
        try
        {
            folder = PolicyFolder.Load(options.Policy, pipeline);
        }
        catch (PolicyBuildException ex)
        {
            throw new PolicyBuildException([Diagnostic.Error(new SourceLocation(options.Policy), "the policy folder has errors: fix them (policybuild check) before a review is read into it"), .. ex.Diagnostics]);
        }

        var units = folder.Sections.Select(s => (Key: BookmarkNames.For(s.Section.Id), Value: (s.Section.Id, true)))
            .Concat(folder.Clauses.Select(c => (Key: BookmarkNames.For(c.Clause.Id), Value: (c.Clause.Id, false))))
            .ToDictionary(u => u.Key, u => u.Value, StringComparer.Ordinal);
        using var document = WordPackage.Open(options.Document);
        var all = new ReviewReader(units).Read(document);
        if (!all.Any(i => i.Place.UnitId is not null) && !document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.BookmarkStart>()
                .Any(b => units.ContainsKey(b.Name?.Value ?? string.Empty)))
        {
            throw new PolicyBuildException(new SourceLocation(options.Document),
                $"none of the clauses of {DisplayPath.Of(options.Policy)} is in this document: review a document built from this policy (clean, marked or pack), and name its folder with --policy");
        }

        var own = all.Where(i => IsOwn(i, options.OwnRevisions)).ToList();
        var items = all.Except(own).ToList();
        var lines = new SourceLines(folder, pipeline);
        var placed = items.Select(i => lines.Of(i.Place) is var (file, line) ? (Item: i, File: (string?)file, Line: line) : (Item: i, File: null, Line: 0)).ToImmutableArray();
        if (!options.Accept)
        {
            return new ReviewResult(placed, own.Count, [], [], null);
        }

        var changes = new ReviewAcceptor(pipeline).Accept(folder, document, buildClean(folder.Policy));
        var comments = placed.Where(p => p.Item.Kind == "comment").ToList();
        string? commentsFile = null;
        if (comments.Count > 0)
        {
            WriteComments(options, comments);
            commentsFile = options.CommentsFile;
        }

        return new ReviewResult(placed, own.Count, changes.Written, changes.Removed, commentsFile);
    }

    /// <summary>A marked document's own redline carries the build's author and date; the reviewer's changes do not.</summary>
    private static bool IsOwn(ReviewItem item, (string Author, DateTime Date)? own) =>
        own is var (author, date) && item.Kind != "comment" && item.Author == author
        && DateTime.TryParse(item.Date, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var when)
        && when == date;

    private static void WriteComments(ReviewOptions options, List<(ReviewItem Item, string? File, int Line)> comments)
    {
        var text = new StringBuilder()
            .Append("# Review comments on ").Append(Path.GetFileName(options.Document)).Append("\n\n")
            .Append("Answer each under it, then delete this file when the review is closed.\n\n");
        foreach (var (item, file, line) in comments)
        {
            var where = file is null ? item.Place.Outside ?? "the document" : $"{file}:{line}";
            text.Append("- ").Append(where).Append(" — ").Append(item.Author)
                .Append(item.When.Length > 0 ? $", {item.When}" : string.Empty).Append(": ").Append(item.Text)
                .Append(item.Anchor is { Length: > 0 } anchor ? $" (on “{anchor}”)" : string.Empty).Append('\n');
        }

        var full = Path.GetFullPath(options.CommentsFile);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".policybuild-tmp";
        File.WriteAllText(temp, text.ToString(), new UTF8Encoding(false));
        File.Move(temp, full, overwrite: true);
    }
}
