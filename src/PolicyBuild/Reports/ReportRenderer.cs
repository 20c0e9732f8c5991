using PolicyBuild.Diff;
using PolicyBuild.Layout;
using PolicyBuild.Model;
using PolicyBuild.Templates;
using Scriban.Runtime;

namespace PolicyBuild.Reports;

/// <summary>
/// Lays out a committee report through its template and the same Markdown renderer as the
/// policy, and the pack: the report, then each appendix after a page break and its heading.
/// </summary>
public sealed class ReportRenderer(TemplateRenderer templates, LayoutBuilder layout)
{
    public const string AppendixHeadingTemplate = "committee-report/_appendix-heading.sbn";

    public LayoutDocument Render(ReportSource report, Policy policy, ChangeSet? changes, IReadOnlyList<Appendix> appendices)
    {
        var markdown = templates.Render(report.Metadata.Template, ReportTemplateModel.Create(report, policy, changes, appendices));
        var title = $"{report.Metadata.Item} {report.Metadata.Title}";
        var info = new DocumentInfo(
            Title: title,
            Subject: $"Report to the {report.Metadata.Committee}, {DisplayDate.Of(report.Metadata.MeetingDate)}",
            Author: report.Metadata.PreparedBy,
            Language: policy.Metadata.Language,
            HeaderText: $"{report.Metadata.Committee} \u2013 {DisplayDate.Of(report.Metadata.MeetingDate)}",
            FooterText: title,
            IsDraft: false);
        return layout.Build(markdown, policy.References, info, $"{report.Metadata.Template} (output)");
    }

    /// <summary>The report followed by its appendices, each starting on a new page under its heading.</summary>
    public LayoutDocument Pack(LayoutDocument report, ReportSource source, Policy policy, IReadOnlyList<Appendix> appendices)
    {
        var blocks = report.Blocks.ToList();
        var footnotes = report.Footnotes.ToList();
        foreach (var appendix in appendices)
        {
            var model = new ScriptObject { ["appendix"] = new ScriptObject { ["number"] = appendix.Number, ["title"] = appendix.Title } };
            var heading = layout.Build(templates.Render(AppendixHeadingTemplate, model), policy.References, report.Info, $"{AppendixHeadingTemplate} (output)");
            blocks.Add(new LayoutPageBreak($"appendix:{appendix.Number}"));
            blocks.AddRange(heading.Blocks.Select(b => b is LayoutParagraph p ? p with { UnitKey = $"appendix:{appendix.Number}" } : b));
            // The appendix's own contents would list its sections as if they were the pack's.
            blocks.AddRange(appendix.Document.Blocks.Where(b => b is not LayoutTableOfContents));
            footnotes.AddRange(appendix.Document.Footnotes.Where(f => footnotes.All(existing => existing.Key != f.Key)));
        }

        return report with
        {
            Info = report.Info with { Title = $"{source.Metadata.Item} {source.Metadata.Title} \u2013 report and appendices" },
            Blocks = [.. ListAppendicesInContents(blocks)],
            Footnotes = [.. footnotes],
        };
    }

    /// <summary>The pack's contents lists the report's parts and then each appendix heading.</summary>
    private static IEnumerable<LayoutBlock> ListAppendicesInContents(List<LayoutBlock> blocks)
    {
        var appendixEntries = blocks.OfType<LayoutParagraph>()
            .Where(p => p.UnitKey.StartsWith("appendix:", StringComparison.Ordinal) && p.Bookmark is not null)
            .Select(p => new LayoutParagraph("toc", StyleIds.Toc1, [new LayoutRun(p.Text, Link: "#" + p.Bookmark)]))
            .ToList();
        return blocks.Select(b => b is LayoutTableOfContents toc ? toc with { Entries = [.. toc.Entries, .. appendixEntries] } : b);
    }
}
