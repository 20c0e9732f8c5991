using PolicyBuild.Diagnostics;

namespace PolicyBuild.Cli;

/// <summary>Prints diagnostics to standard error in the editor-friendly <c>file:line:col: error: …</c> form.</summary>
public sealed class Reporter(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }
    }

    public void Line(string text) => Output.WriteLine(text);
}
