using System.Text;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Rendering.Html;

namespace PolicyBuild.Publishing;

/// <summary>
/// HTML of every Word document, beside it: the clean policy (<c>&lt;policy&gt;.html</c>), the marked
/// appendix (<c>&lt;policy&gt;-marked-revisions.html</c>), and each committee report and pack, so
/// papers can go on a council's website as well as in the printed agenda.
/// </summary>
internal static class HtmlOutputs
{
    public static IEnumerable<OutputFile> For(IEnumerable<BuiltDocument> documents)
    {
        var writer = new HtmlWriter();
        // No byte-order mark: the page declares its encoding in <meta charset>.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return documents
            .Select(d => new OutputFile(OutputFormat.ChangeTo(d.Docx.Path, OutputFormat.Html), d.Kind, utf8.GetBytes(writer.Write(d.Layout))))
            .ToList();
    }
}
