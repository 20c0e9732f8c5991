using System.Text;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Rendering.Html;

namespace PolicyBuild.Publishing;

/// <summary>
/// HTML of the clean policy (<c>&lt;policy&gt;.html</c>) and of the marked appendix
/// (<c>&lt;policy&gt;-marked-revisions.html</c>), beside their .docx. The committee report and pack
/// are papers for a meeting, published as Word and PDF only.
/// </summary>
internal static class HtmlOutputs
{
    public static IEnumerable<OutputFile> For(IEnumerable<BuiltDocument> documents)
    {
        var writer = new HtmlWriter();
        // No byte-order mark: the page declares its encoding in <meta charset>.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return documents
            .Where(d => d.Kind is OutputKinds.Policy or OutputKinds.MarkedRevisions)
            .Select(d => new OutputFile(OutputFormat.ChangeTo(d.Docx.Path, OutputFormat.Html), d.Kind, utf8.GetBytes(writer.Write(d.Layout))))
            .ToList();
    }
}
