using System.CommandLine;
using PolicyBuild.Publishing;
using PolicyBuild.Rendering.Docx;

namespace PolicyBuild.Cli;

/// <summary><c>policybuild reference-docx</c>: write the default reference document for a council to restyle.</summary>
public static class ReferenceDocxCommand
{
    public static Command Create(Reporter reporter)
    {
        var path = new Argument<string>("path") { Description = "Where to write it, e.g. templates/reference.docx" };
        var command = new Command("reference-docx", "Write the default reference document (styles) to restyle in Word") { path };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(path)!;
            AtomicFileWriter.Write(target, ReferenceDocumentWriter.Write());
            reporter.Line($"wrote {target}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
