using PolicyBuild.Layout;

namespace PolicyBuild.Publishing.Outputs;

/// <summary>
/// A Word document of the run together with the layout it was written from, so that the other
/// formats (HTML, PDF) and the accessibility checks work from the same document.
/// </summary>
/// <param name="Docx">The .docx output (its kind names the document: policy, marked-revisions, report, pack).</param>
/// <param name="Layout">The laid-out document the .docx was written from.</param>
public sealed record BuiltDocument(OutputFile Docx, LayoutDocument Layout)
{
    public string Kind => Docx.Kind;
}
